// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

#include <vector>

// Columns aligned for a terminal: Chinese characters count as two columns wide.
class TextTable final
{
public:
    explicit TextTable(QStringList header)
        : m_rows {std::move(header)}
    { }
    void addRow(QStringList row) { m_rows.push_back(std::move(row)); }
    void print(QTextStream& out) const;

    static int displayWidth(const QString& text);

private:
    std::vector<QStringList> m_rows;
};
