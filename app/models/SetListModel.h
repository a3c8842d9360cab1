// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/SetVersion.h"

#include <QAbstractTableModel>

#include <vector>

// The stored indicator-set versions.
class SetListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetListModel)

public:
    enum Column { Code, Version, Name, Indicators, Origin, Imported, ColumnCount };

    explicit SetListModel(QObject* parent = nullptr);

    void setSets(std::vector<cc::StoredSetVersion> sets, const QString& language);
    const cc::StoredSetVersion* set(int row) const;
    void retranslate(const QString& language);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<cc::StoredSetVersion> m_sets;
    QString m_language;
};
