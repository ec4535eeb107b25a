// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class QSplitter;
class QTableView;

namespace dnd {

// Column widths from what a column shows, without measuring every row
// (resize-to-contents touches all of them, which does not scale to
// thousands of players): each column gets the wider of its header (with
// room for the sort arrow) and a sample of its longest text, e.g. a time
// "2026-12-05 13:45:12" or a count "99,999".
void fitColumnsToSamples(QTableView *view, const QStringList &samples);

// Keeps the part of a two-part vertical splitter that holds `table` (the
// first or the second part) as tall as the table's rows need, at least
// `minimumRows` rows and at most half the splitter, so that the other part
// (charts) gets the rest instead of an empty table area. Once the user
// drags the handle, their choice stands.
class TableFitSplitter : public QObject
{
    Q_OBJECT
public:
    TableFitSplitter(QSplitter *splitter, QTableView *table, int minimumRows = 3);

    // The height the table's part asks for now, in pixels.
    int wantedTableHeight() const;
    bool userMoved() const { return m_userMoved; }

    // Applies wantedTableHeight() (unless the user moved the handle).
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int tablePart() const; // 0 or 1

    QPointer<QSplitter> m_splitter;
    QPointer<QTableView> m_table;
    int m_minimumRows;
    bool m_userMoved = false;
};

} // namespace dnd
