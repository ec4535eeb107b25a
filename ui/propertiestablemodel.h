// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QString>
#include <QStringList>
#include <QVector>

namespace dnd {

// The preferences' Advanced table: librdkafka properties as key/value rows,
// editable, with rows added and removed; each row may carry a problem
// (shown in its tooltip and colour) that the dialog found.
class PropertiesTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        KeyColumn,
        ValueColumn,
        ColumnCount
    };

    explicit PropertiesTableModel(QObject *parent = nullptr);

    // The kafka-properties setting: "key=value" entries, one a line.
    void setText(const QString &text);
    // Rows with a key, as "key=value" lines (rows left empty are dropped).
    QString text() const;
    // The row's entry as the setting spells it, empty for an empty row.
    QString entry(int row) const;

    // Appends an empty row and returns its index.
    int addRow();

    // Problems by row (empty = fine), as the dialog found them.
    void setProblems(const QStringList &problems);
    QString problem(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

private:
    struct Row
    {
        QString key;
        QString value;
        QString problem;
    };
    QVector<Row> m_rows;
};

} // namespace dnd
