// SPDX-License-Identifier: MIT
#pragma once

#include "catchupprogress.h"

#include <QWidget>

class QProgressBar;

namespace dnd {

class LiveLabel;

// In the status bar while the consumer works through a backlog (after a
// start, a pause or a replay): "Catching up: 12,000 of 50,000 · 8 s left"
// and a bar. Hidden when caught up. See CatchUpProgress for when it shows.
class CatchUpProgressBar : public QWidget
{
    Q_OBJECT
public:
    explicit CatchUpProgressBar(QWidget *parent = nullptr);

    QString text() const;
    QProgressBar *bar() const { return m_bar; }
    const CatchUpProgress::Figures &figures() const { return m_progress.figures(); }

    // "8 s", "2 min 05 s", "1 h 03 min".
    static QString durationText(double seconds);

public Q_SLOTS:
    void setConsumerStatus(const dnd::ConsumerStatus &status);

private:
    CatchUpProgress m_progress;
    LiveLabel *m_label;
    QProgressBar *m_bar;
};

} // namespace dnd
