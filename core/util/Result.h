// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace cc {

enum class ErrorCode {
    InvalidInput, // a file or argument that does not satisfy the format (names the place)
    NotFound, // a named record (set, community, assessment) does not exist
    Conflict, // the operation clashes with stored data (e.g. same set version, other content)
    Io, // a file could not be read or written
    Database, // the database engine reported an error
    NotADatabase, // the file is not a CommunityCheck database
    NewerSchema, // the database was made by a newer version of the program
    OlderSchema, // the database needs an upgrade, which only an explicit open for writing does
    ReadOnly, // the file, its folder or its drive cannot be written (it may be opened read-only)
    Corrupt, // the integrity check failed
    Locked, // the record may not be changed in its current state
    Denied, // the server refused: a role without the right
    Password, // the server refused the password, or needs one
    Unreachable, // the server cannot be reached, or the connection to it was lost
};

// An error for a person: `message` is one translated line that says what and where;
// `detail` may add further lines (e.g. the other problems found in the same file).
struct Error
{
    ErrorCode code = ErrorCode::InvalidInput;
    QString message;
    QString detail;
};

// Mirrors std::expected (C++23) so the swap can happen later.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool has_value() const { return m_data.index() == 0; }
    explicit operator bool() const { return has_value(); }

    T& value() & { return std::get<0>(m_data); }
    const T& value() const& { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    { }

    bool has_value() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

inline Error makeError(ErrorCode code, QString message, QString detail = {})
{
    return Error {code, std::move(message), std::move(detail)};
}

} // namespace cc
