// SPDX-License-Identifier: MIT
#pragma once

#include "campaignfilter.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;

namespace dnd {

// Narrows every view to a part of the campaign: the whole campaign (the
// default), one game, one play session or a range of days. Filled from the
// archive's outline; says filterChanged() when the user picks something.
class CampaignSelector : public QWidget
{
    Q_OBJECT
public:
    enum Mode
    {
        WholeCampaign,
        OneGame,
        OneSession,
        DateRange
    };

    explicit CampaignSelector(QWidget *parent = nullptr);

    // New sessions and games; the current choice stays when it still exists.
    void setOutline(const CampaignOutline &outline);
    const CampaignOutline &outline() const { return m_outline; }
    CampaignFilter filter() const;
    Mode mode() const;

    // Choices, as a user makes them (for the app and tests). False when the
    // outline has no such game or session.
    void showWholeCampaign();
    bool showGame(const QString &gameId);
    bool showSession(qint64 runId, QDate day);
    void showDays(QDate first, QDate last);

    // While the archive computes the views for the choice.
    void setBusy(bool busy);
    // Turned off without a campaign archive (nothing to narrow with).
    void setAvailable(bool available, const QString &reason = {});

    QComboBox *modeCombo() const { return m_mode; }
    QComboBox *itemCombo() const { return m_item; }

Q_SIGNALS:
    void filterChanged(const dnd::CampaignFilter &filter);

private:
    void onModeChanged();
    void fillItems();
    void emitFilter();
    QString sessionText(const PlaySession &session) const;

    CampaignOutline m_outline;
    QComboBox *m_mode;
    QComboBox *m_item;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_toLabel;
    QLabel *m_busy;
    QTimer m_dateDebounce;
    CampaignFilter m_emitted;
    bool m_filling = false;
};

} // namespace dnd
