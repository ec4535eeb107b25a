// SPDX-License-Identifier: MIT
#pragma once

#include "elidedlabel.h"
#include "livelabel.h"

#include <QWidget>

class QTimer;

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
    // The text colour of a severity on `palette` (light or dark), for other
    // status-bar items that follow the same colours.
    static QColor severityColor(Severity severity, const QPalette &palette);

    QString connectionText() const; // the whole text, also when elided on screen
    QString connectionDetail() const;
    Severity severity() const { return m_severity; }
    QString topic() const;
    QLabel *connectionLabel() const { return m_connection; }
    QLabel *rejectedLabel() const { return m_rejected; }
    QLabel *totalLabel() const { return m_total; }
    ElidedLabel *noticeLabel() const { return m_notice; }

public Q_SLOTS:
    // e.g. "built-in broker at 127.0.0.1:9092", "connected to a:9092,b:9092",
    // "cannot reach the broker at host:9092, retrying". A text wider than
    // the status bar ends in "…" and is whole in the tooltip, with `detail`
    // (librdkafka's own words) under it.
    void setConnectionStatus(const QString &text, dnd::StatusBarWidget::Severity severity,
                             qint64 lag, double eventsPerSecond, const QString &detail = {});
    void setTopic(const QString &topic);
    void setTotals(quint64 events, quint64 rejected);
    // A confirmation ("Saved to /home/…/Stravos.pdf") shown at the left for
    // timeoutMs, whole in its tooltip; the connection state stays visible.
    void showNotice(const QString &text, int timeoutMs = 10000);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColors();

    ElidedLabel *m_notice;
    QTimer *m_noticeTimer;
    ElidedLabel *m_connection;
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
