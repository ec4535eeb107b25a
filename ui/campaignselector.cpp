// SPDX-License-Identifier: MIT
#include "campaignselector.h"

#include "historymodel.h"
#include "inerttext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace dnd {

namespace {

// Item data of a session in the combo box.
QString sessionKey(qint64 runId, QDate day)
{
    return QStringLiteral("%1:%2").arg(runId).arg(day.toJulianDay());
}

QString timeOf(qint64 us)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(us / 1000).time(),
                              QLocale::ShortFormat);
}

} // namespace

CampaignSelector::CampaignSelector(QWidget *parent)
    : QWidget(parent), m_mode(new QComboBox), m_item(new QComboBox), m_from(new QDateEdit),
      m_to(new QDateEdit), m_toLabel(new QLabel(tr("to"))), m_busy(new QLabel)
{
    setObjectName(QStringLiteral("campaignSelector"));
    m_mode->setObjectName(QStringLiteral("scopeCombo"));
    m_item->setObjectName(QStringLiteral("scopeItemCombo"));
    m_from->setObjectName(QStringLiteral("scopeFromDate"));
    m_to->setObjectName(QStringLiteral("scopeToDate"));
    m_mode->addItem(tr("Whole campaign"), WholeCampaign);
    m_mode->addItem(tr("One game"), OneGame);
    m_mode->addItem(tr("One session"), OneSession);
    m_mode->addItem(tr("Dates"), DateRange);
    m_mode->setToolTip(tr("Which part of the campaign the cards, charts and tables show"));
    m_mode->setAccessibleName(tr("Show"));
    m_item->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_item->setMinimumContentsLength(24);
    m_item->setAccessibleName(tr("Game or session"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));

    auto *label = new QLabel(tr("&Show:"));
    label->setBuddy(m_mode);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(label);
    layout->addWidget(m_mode);
    layout->addWidget(m_item);
    layout->addWidget(m_from);
    layout->addWidget(m_toLabel);
    layout->addWidget(m_to);
    layout->addWidget(m_busy);
    layout->addStretch(1);

    m_dateDebounce.setSingleShot(true);
    m_dateDebounce.setInterval(300);
    connect(&m_dateDebounce, &QTimer::timeout, this, &CampaignSelector::emitFilter);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &CampaignSelector::onModeChanged);
    connect(m_item, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            emitFilter();
    });
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_filling)
                m_dateDebounce.start();
        });
    }
    onModeChanged();
}

CampaignSelector::Mode CampaignSelector::mode() const
{
    return Mode(m_mode->currentData().toInt());
}

void CampaignSelector::setOutline(const CampaignOutline &outline)
{
    const bool hadDays = m_outline.firstUs != NoTimestamp;
    m_outline = outline;
    m_filling = true;
    const QDate first = localDay(outline.firstUs);
    const QDate last = localDay(outline.lastUs);
    if (first.isValid()) {
        const QDate from = m_from->date();
        const QDate to = m_to->date();
        m_from->setDateRange(first, last);
        m_to->setDateRange(first, last);
        // The whole range until the user narrows it.
        m_from->setDate(hadDays && from >= first ? from : first);
        m_to->setDate(hadDays && to <= last && mode() == DateRange ? to : last);
    }
    m_filling = false;
    fillItems();
}

void CampaignSelector::fillItems()
{
    m_filling = true;
    const QVariant current = m_item->currentData();
    m_item->clear();
    if (mode() == OneGame) {
        for (const CampaignGame &game : m_outline.games) {
            m_item->addItem(tr("%1 · %Ln event(s)", nullptr, int(game.events))
                                .arg(InertText::escaped(game.gameId)),
                            game.gameId);
        }
    } else if (mode() == OneSession) {
        // Newest first: the session being played is the likely choice.
        for (qsizetype i = m_outline.sessions.size() - 1; i >= 0; --i) {
            const PlaySession &session = m_outline.sessions[i];
            m_item->addItem(sessionText(session), sessionKey(session.runId, session.day));
        }
    }
    const int keep = current.isValid() ? m_item->findData(current) : -1;
    m_item->setCurrentIndex(keep >= 0 ? keep : (m_item->count() > 0 ? 0 : -1));
    m_filling = false;
    if (mode() == OneGame || mode() == OneSession) {
        m_item->setEnabled(m_item->count() > 0);
        if (m_item->count() == 0)
            m_item->setPlaceholderText(mode() == OneGame ? tr("no games yet")
                                                         : tr("no sessions yet"));
    }
    if (current != m_item->currentData())
        emitFilter();
}

QString CampaignSelector::sessionText(const PlaySession &session) const
{
    QString text = HistoryModel::sessionLabel(session);
    if (session.firstUs != NoTimestamp)
        text += QStringLiteral(" · %1–%2").arg(timeOf(session.firstUs), timeOf(session.lastUs));
    text += QStringLiteral(" · ") + tr("%Ln event(s)", nullptr, int(session.events));
    if (session.runId == m_outline.currentRunId && session.day == QDate::currentDate())
        text += QStringLiteral(" · ") + tr("now");
    return text;
}

void CampaignSelector::onModeChanged()
{
    const Mode m = mode();
    m_item->setVisible(m == OneGame || m == OneSession);
    m_from->setVisible(m == DateRange);
    m_to->setVisible(m == DateRange);
    m_toLabel->setVisible(m == DateRange);
    fillItems();
    emitFilter();
}

CampaignFilter CampaignSelector::filter() const
{
    switch (mode()) {
    case WholeCampaign:
        return {};
    case OneGame: {
        const QString game = m_item->currentData().toString();
        return game.isEmpty() ? CampaignFilter{} : CampaignFilter::forGame(game);
    }
    case OneSession: {
        const QString key = m_item->currentData().toString();
        for (const PlaySession &session : m_outline.sessions) {
            if (sessionKey(session.runId, session.day) == key)
                return CampaignFilter::forSession(session);
        }
        return {};
    }
    case DateRange:
        return CampaignFilter::forDays(m_from->date(), m_to->date());
    }
    return {};
}

void CampaignSelector::emitFilter()
{
    m_dateDebounce.stop();
    const CampaignFilter current = filter();
    if (current == m_emitted)
        return;
    m_emitted = current;
    emit filterChanged(current);
}

void CampaignSelector::showWholeCampaign()
{
    m_mode->setCurrentIndex(m_mode->findData(WholeCampaign));
}

bool CampaignSelector::showGame(const QString &gameId)
{
    m_mode->setCurrentIndex(m_mode->findData(OneGame));
    const int index = m_item->findData(gameId);
    if (index < 0)
        return false;
    m_item->setCurrentIndex(index);
    return true;
}

bool CampaignSelector::showSession(qint64 runId, QDate day)
{
    m_mode->setCurrentIndex(m_mode->findData(OneSession));
    const int index = m_item->findData(sessionKey(runId, day));
    if (index < 0)
        return false;
    m_item->setCurrentIndex(index);
    return true;
}

void CampaignSelector::showDays(QDate first, QDate last)
{
    m_mode->setCurrentIndex(m_mode->findData(DateRange));
    m_filling = true;
    m_from->setDate(first);
    m_to->setDate(last);
    m_filling = false;
    emitFilter();
}

void CampaignSelector::setBusy(bool busy)
{
    m_busy->setText(busy ? tr("counting…") : QString());
}

void CampaignSelector::setAvailable(bool available, const QString &reason)
{
    setEnabled(available);
    setToolTip(available ? QString() : reason);
    if (!available)
        showWholeCampaign();
}

} // namespace dnd
