// SPDX-License-Identifier: MIT
#include "statusbarwidget.h"

#include "settingschema.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>

#include <algorithm>
#include <climits>

namespace dnd {

namespace {
QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

QColor severityColor(StatusBarWidget::Severity severity, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    switch (severity) {
    case StatusBarWidget::Severity::Good:
        return dark ? QColor(0x6f, 0xd0, 0x7a) : QColor(0x1b, 0x7a, 0x2e);
    case StatusBarWidget::Severity::Working:
        return dark ? QColor(0x7a, 0xb8, 0xff) : QColor(0x1f, 0x5f, 0xb0);
    case StatusBarWidget::Severity::Warning:
        return dark ? QColor(0xff, 0xc8, 0x57) : QColor(0x9a, 0x62, 0x00);
    case StatusBarWidget::Severity::Error:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb0, 0x1e, 0x1e);
    case StatusBarWidget::Severity::Neutral:
        break;
    }
    return palette.color(QPalette::WindowText);
}
} // namespace

QColor StatusBarWidget::severityColor(Severity severity, const QPalette &palette)
{
    return dnd::severityColor(severity, palette);
}

StatusBarWidget::StatusBarWidget(QWidget *parent)
    : QWidget(parent), m_notice(new ElidedLabel(this)), m_noticeTimer(new QTimer(this)),
      m_connection(new ElidedLabel(this)), m_topic(plainLabel(this)), m_rate(new LiveLabel(this)),
      m_total(new LiveLabel(this)), m_lag(new LiveLabel(this)), m_rejected(new LiveLabel(this))
{
    setObjectName(QStringLiteral("statusBarWidget"));
    m_connection->setObjectName(QStringLiteral("connectionStatus"));
    QFont bold = m_connection->font();
    bold.setBold(true);
    m_connection->setFont(bold);
    m_connection->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_connection->setDefaultToolTip(tr("Where the app reads events from; other clients (kcat, "
                                       "the original Python producer) can use the same address"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    m_notice->setObjectName(QStringLiteral("statusNotice"));
    m_notice->hide();
    m_noticeTimer->setSingleShot(true);
    connect(m_noticeTimer, &QTimer::timeout, m_notice, &QWidget::hide);
    layout->addWidget(m_notice, 1);
    layout->addWidget(m_connection, 1);
    for (QLabel *label :
         std::initializer_list<QLabel *>{m_topic, m_rate, m_total, m_lag, m_rejected}) {
        layout->addWidget(separator(this));
        layout->addWidget(label);
    }
    setConnectionStatus(tr("not connected"), Severity::Neutral, 0, 0);
    setTopic(defaultTopic());
    setTotals(0, 0);
}

QString StatusBarWidget::connectionText() const
{
    return m_connection->fullText();
}

QString StatusBarWidget::connectionDetail() const
{
    return m_connection->detail();
}

QString StatusBarWidget::topic() const
{
    return m_topic->property("topic").toString();
}

void StatusBarWidget::setConnectionStatus(const QString &text, Severity severity, qint64 lag,
                                          double eventsPerSecond, const QString &detail)
{
    const QLocale locale;
    m_severity = severity;
    // QLabel::setText() returns early on an unchanged text, and this one
    // rarely changes: no relayout from the (stretching) connection label.
    m_connection->setFullText(text, detail);
    applyColors();
    m_lag->setLiveText(tr("lag %1").arg(locale.toString(lag)));
    m_rate->setLiveText(
        tr("%1 events/s").arg(locale.toString(eventsPerSecond, 'f', eventsPerSecond < 10 ? 1 : 0)));
}

void StatusBarWidget::setTopic(const QString &topic)
{
    m_topic->setProperty("topic", topic);
    m_topic->setText(tr("topic %1").arg(topic));
}

void StatusBarWidget::setTotals(quint64 events, quint64 rejected)
{
    const QLocale locale;
    // The plural form follows the count; the number is the locale's.
    const int plural = int(std::min<quint64>(events, INT_MAX));
    m_total->setLiveText(tr("%1 event(s)", nullptr, plural).arg(locale.toString(events)));
    m_rejected->setLiveText(tr("%1 rejected").arg(locale.toString(rejected)));
    m_rejectedCount = rejected;
    applyColors();
}

void StatusBarWidget::showNotice(const QString &text, int timeoutMs)
{
    m_notice->setFullText(text);
    m_notice->show();
    m_noticeTimer->start(timeoutMs);
}

void StatusBarWidget::applyColors()
{
    // Called on every refresh; the palettes change only with the severity,
    // the first rejected message, or a theme switch (PaletteChange, which
    // resets m_colorsShown).
    const bool anyRejected = m_rejectedCount > 0;
    if (m_colorsShown && m_shownSeverity == m_severity && m_shownRejected == anyRejected)
        return;
    m_colorsShown = true;
    m_shownSeverity = m_severity;
    m_shownRejected = anyRejected;
    // Colours come from the window's palette so a theme switch recolours.
    QPalette connection = palette();
    connection.setColor(QPalette::WindowText, severityColor(m_severity, palette()));
    m_connection->setPalette(connection);
    QPalette rejected = palette();
    rejected.setColor(
        QPalette::WindowText,
        severityColor(anyRejected ? Severity::Warning : Severity::Neutral, palette()));
    m_rejected->setPalette(rejected);
}

void StatusBarWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_colorsShown = false;
        applyColors();
    }
}

} // namespace dnd
