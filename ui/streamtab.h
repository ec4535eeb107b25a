// SPDX-License-Identifier: MIT
#pragma once

#include "consumerstatus.h"
#include "streamhistory.h"

#include <QWidget>

class QRadioButton;
class QTableView;
class QTimer;

namespace dnd {

class PartitionTableModel;
class StreamRateChart;

// The Stream tab: how the topic flows. Live charts of events and rejected
// messages per second, lag per partition and messages lost (each measure
// on an axis of its own, colours from CategoryPalette), over the last
// ten minutes or the whole session, and a table of every partition's
// position, end, lag and rate.
//
// Fed with the consumer's status (setConsumerStatus(), a few times a
// second at most); samples it once a second into a StreamHistory, whether
// shown or not, and redraws only while visible: nothing per message.
class StreamTab : public QWidget
{
    Q_OBJECT
public:
    explicit StreamTab(QWidget *parent = nullptr);

    const ConsumerStatus &consumerStatus() const { return m_status; }
    const StreamHistory &history() const { return m_history; }
    PartitionTableModel *partitionModel() const { return m_model; }
    QTableView *partitionView() const { return m_view; }
    StreamRateChart *rateChart() const { return m_rates; }
    StreamRateChart *lagChart() const { return m_lag; }
    StreamRateChart *lostChart() const { return m_lost; }
    QRadioButton *recentButton() const { return m_recent; }
    QRadioButton *sessionButton() const { return m_session; }
    bool showsWholeSession() const;

public Q_SLOTS:
    void setConsumerStatus(const dnd::ConsumerStatus &status);
    void setShowWholeSession(bool whole);
    // Adds the current status to the history at nowMs (ms since the epoch)
    // and redraws when visible; the tab's timer calls it every second.
    void recordSample(qint64 nowMs);
    void redraw(qint64 nowMs);

protected:
    void showEvent(QShowEvent *event) override;

private:
    ConsumerStatus m_status;
    StreamHistory m_history;
    PartitionTableModel *m_model;
    QTableView *m_view;
    StreamRateChart *m_rates;
    StreamRateChart *m_lag;
    StreamRateChart *m_lost;
    QRadioButton *m_recent;
    QRadioButton *m_session;
    QTimer *m_sampler;
};

} // namespace dnd
