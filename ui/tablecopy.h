// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QModelIndex;
class QTableView;

namespace dnd {

// Copy for a table whose rows are messages (event log, problems): Ctrl+C
// and a context menu copy the selected rows as shown (cells separated by
// tabs, one row a line), each row's payload, or its Kafka position
// ("partition=P offset=O"), to the clipboard. Plain text only.
class TableCopy : public QObject
{
    Q_OBJECT
public:
    // Reads one row of the view's source model (proxies are looked
    // through); empty = the row has none.
    using RowText = std::function<QString(const QModelIndex &sourceIndex)>;

    // payloadLabel: the context menu's text for the payload ("Copy
    // payload"); payload or position may be empty (no such menu item).
    TableCopy(QTableView *view, const QString &payloadLabel, RowText payload, RowText position);

    QAction *copyRowsAction() const { return m_copyRows; }
    QAction *copyPayloadAction() const { return m_copyPayload; }
    QAction *copyPositionAction() const { return m_copyPosition; }
    // The context menu as the user sees it for the current selection.
    QMenu *contextMenu() const { return m_menu; }

    QString selectedRowsText() const;
    QString selectedPayloadText() const;
    QString selectedPositionText() const;

    // "partition=2 offset=1234"
    static QString positionText(qint32 partition, qint64 offset);

private:
    QList<QModelIndex> selectedViewRows() const; // one index per row, top to bottom
    QString joinRows(const RowText &text) const;
    void updateActions();
    void showContextMenu(const QPoint &position);

    QTableView *m_view;
    RowText m_payload;
    RowText m_position;
    QAction *m_copyRows;
    QAction *m_copyPayload = nullptr;
    QAction *m_copyPosition = nullptr;
    QMenu *m_menu;
};

} // namespace dnd
