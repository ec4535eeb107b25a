// SPDX-License-Identifier: MIT
#pragma once

#include "livelabel.h"

#include <QWidget>

namespace dnd {

// The status bar's content: connection state in words and colour, topic,
// events per second, totals, lag and rejected count. Takes plain values; the
// app layer translates the consumer's status.
class StatusBarWidget : public QWidget
{
    Q_OBJECT
public:
    enum class Severity
    {
        Neutral,
        Good,
        Working,
        Warning,
        Error
    };
    Q_ENUM(Severity)

    explicit StatusBarWidget(QWidget *parent = nullptr);

    QString connectionText() const;
    Severity severity() const { return m_severity; }
    QString topic() const;
    QLabel *connectionLabel() const { return m_connection; }
    QLabel *rejectedLabel() const { return m_rejected; }
    QLabel *totalLabel() const { return m_total; }

public Q_SLOTS:
    // e.g. "built-in broker at 127.0.0.1:9092", "connected to a:9092,b:9092",
    // "broker unreachable: Connection refused, retrying".
    void setConnectionStatus(const QString &text, dnd::StatusBarWidget::Severity severity,
                             qint64 lag, double eventsPerSecond);
    void setTopic(const QString &topic);
    void setTotals(quint64 events, quint64 rejected);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColors();

    QLabel *m_connection;
    QLabel *m_topic;
    // Rewritten on every refresh or status report: LiveLabels, so a new
    // number does not relayout the window.
    LiveLabel *m_rate;
    LiveLabel *m_total;
    LiveLabel *m_lag;
    LiveLabel *m_rejected;
    Severity m_severity = Severity::Neutral;
    quint64 m_rejectedCount = 0;
    // The colours last applied (severity, any rejected), to re-apply only
    // when one changes: setPalette() repaints and re-polishes the label.
    Severity m_shownSeverity = Severity::Neutral;
    bool m_shownRejected = false;
    bool m_colorsShown = false;
};

} // namespace dnd
