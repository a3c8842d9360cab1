// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the CLI's command files share when they print: JSON values for optional numbers and times,
// and the shape of every `… list [--json]` command. Internal to app/cli/.
#include "app/cli/Cli.h"
#include "app/cli/CommandLine.h"
#include "app/cli/TextTable.h"
#include "core/domain/Planning.h"
#include "core/planning/Priority.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>
#include <vector>

// Text as one line a terminal and a script read safely: control characters (a newline or a tab in a
// file name) shown as \n, \r, \t or \xNN instead of breaking the line.
inline QString oneLine(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c == u'\r')
            out += QStringLiteral("\\r");
        else if (c == u'\t')
            out += QStringLiteral("\\t");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

// A path as the CLI echoes it: native separators, on one line.
inline QString shownPath(const QString& path)
{
    return oneLine(QDir::toNativeSeparators(path));
}

namespace clijson {

template <typename T>
QJsonValue number(const std::optional<T>& value)
{
    return value ? QJsonValue(static_cast<double>(*value)) : QJsonValue(QJsonValue::Null);
}

inline QString isoUtc(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

// A project as `projects list --json` prints it; `plan build --json` items extend it (cli.md).
QJsonObject project(const cc::Project& project);
// {total, score, time_bound, severity, support, cost_effectiveness, resources}.
QJsonObject priority(const cc::planning::Priority& priority);

} // namespace clijson

template <typename T, typename ToJson, typename ToRow>
int Cli::printList(
    const CommandLine& cl, const std::vector<T>& items, ToJson toJson, const QStringList& header, ToRow toRow)
{
    if (cl.has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const T& item : items)
            array.append(toJson(item));
        printJson(QJsonDocument(array));
        return Success;
    }
    TextTable table(header);
    for (const T& item : items)
        table.addRow(toRow(item));
    table.print(m_out);
    return Success;
}
