// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QSet>
#include <QStringList>

#include <optional>

// A small parser for `communitycheck-cli [global options] COMMAND [SUBCOMMAND] [options] [args]`:
// options may come before or after the command words; `--name value`, `--name=value` and `-o value`.
class CommandLine final
{
public:
    struct Spec
    {
        QSet<QString> flags; // options without a value, e.g. "json"
        QSet<QString> valued; // options with a value, e.g. "version"
        QSet<QString> repeated; // valued options that may be given more than once
        int minArgs = 0;
        int maxArgs = 0;
    };

    // Splits global options out of `arguments` (without the program name); everything else is kept
    // in order for the command. Returns an error text on a malformed global option.
    static std::optional<QString> extractGlobals(QStringList& arguments,
                                                 const QSet<QString>& globalFlags,
                                                 const QSet<QString>& globalValued,
                                                 QMap<QString, QString>& globals);

    // Parses a command's own options; an unknown option or a wrong number of arguments is an error.
    std::optional<QString> parse(const QStringList& tokens, const Spec& spec);

    bool has(const QString& name) const { return m_flags.contains(name) || m_values.contains(name); }
    QString value(const QString& name) const { return m_values.value(name).value(0); }
    QStringList values(const QString& name) const { return m_values.value(name); }
    const QStringList& args() const { return m_args; }

private:
    QSet<QString> m_flags;
    QMap<QString, QStringList> m_values;
    QStringList m_args;
};
