// SPDX-License-Identifier: MIT
#include "catchupprogressbar.h"

#include "livelabel.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QProgressBar>

#include <cmath>

namespace dnd {

namespace {
constexpr int Steps = 1000; // of the bar
} // namespace

CatchUpProgressBar::CatchUpProgressBar(QWidget *parent)
    : QWidget(parent), m_label(new LiveLabel(this)), m_bar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("catchUpProgress"));
    m_bar->setRange(0, Steps);
    m_bar->setTextVisible(false);
    m_bar->setFixedWidth(120);
    m_bar->setAccessibleName(tr("Catching up"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    setToolTip(tr("Messages read since catching up started, out of the backlog (what was "
                  "behind then plus what arrived since), and the time left at the current rate"));
    hide();
}

QString CatchUpProgressBar::text() const
{
    return m_label->text();
}

QString CatchUpProgressBar::durationText(double seconds)
{
    const qint64 total = qint64(std::ceil(seconds));
    if (total < 60)
        return tr("%1 s").arg(total);
    if (total < 3600)
        return tr("%1 min %2 s").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(total / 3600).arg((total % 3600) / 60, 2, 10, QLatin1Char('0'));
}

void CatchUpProgressBar::setConsumerStatus(const ConsumerStatus &status)
{
    const CatchUpProgress::Figures &figures = m_progress.update(status);
    if (!figures.active) {
        hide();
        return;
    }
    const QLocale locale;
    QString text = tr("Catching up: %1 of %2")
                       .arg(locale.toString(figures.read), locale.toString(figures.backlog));
    if (figures.secondsLeft >= 0)
        text += QStringLiteral(" · ") + tr("%1 left").arg(durationText(figures.secondsLeft));
    m_label->setLiveText(text);
    const int value =
        figures.backlog > 0 ? int(double(figures.read) * Steps / double(figures.backlog)) : 0;
    m_bar->setValue(value);
    m_bar->setAccessibleDescription(text);
    show();
}

} // namespace dnd
