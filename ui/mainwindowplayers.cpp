// SPDX-License-Identifier: MIT
// The window's player tabs: which are open (the tracked players), opening,
// closing and catching a tab up when it is shown.
#include "mainwindow.h"

#include "inerttext.h"
#include "playertab.h"
#include "settingsstore.h"
#include "statisticsrefresher.h"

#include <QSettings>
#include <QTabWidget>

namespace dnd {

namespace {
// Tab texts treat '&' as a mnemonic; names from the wire must not.
QString escapeMnemonic(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}
} // namespace

QStringList MainWindow::trackedPlayers() const
{
    QStringList players;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *tab = qobject_cast<PlayerTab *>(m_tabs->widget(i)))
            players.append(tab->player());
    }
    return players;
}

void MainWindow::setTrackedPlayers(const QStringList &players)
{
    for (const QString &open : trackedPlayers()) {
        if (!players.contains(open))
            closePlayerTab(open);
    }
    for (const QString &player : players) {
        if (!player.trimmed().isEmpty())
            openPlayerTab(player.trimmed(), false);
    }
}

PlayerTab *MainWindow::playerTab(const QString &player) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *tab = qobject_cast<PlayerTab *>(m_tabs->widget(i));
        if (tab && tab->player() == player)
            return tab;
    }
    return nullptr;
}

PlayerTab *MainWindow::openPlayerTab(const QString &player, bool activate)
{
    PlayerTab *tab = playerTab(player);
    if (!tab) {
        tab = new PlayerTab(player);
        const int index = m_tabs->addTab(tab, escapeMnemonic(InertText::escaped(player)));
        m_tabs->setTabToolTip(index, tr("Statistics of %1").arg(player));
        tab->refresh(m_model->statistics(), trackedPlayers());
        m_preferences.setValue(SettingKey::TrackedPlayers, trackedPlayers().join(QLatin1Char(',')));
        Q_EMIT trackedPlayersChanged(m_preferences.trackedPlayers());
    }
    if (activate)
        m_tabs->setCurrentWidget(tab);
    return tab;
}

void MainWindow::closePlayerTab(const QString &player)
{
    if (PlayerTab *tab = playerTab(player)) {
        m_tabs->removeTab(m_tabs->indexOf(tab));
        tab->deleteLater();
        m_preferences.setValue(SettingKey::TrackedPlayers, trackedPlayers().join(QLatin1Char(',')));
        Q_EMIT trackedPlayersChanged(m_preferences.trackedPlayers());
    }
}

void MainWindow::onTabCloseRequested(int index)
{
    if (auto *tab = qobject_cast<PlayerTab *>(m_tabs->widget(index))) {
        closePlayerTab(tab->player());
        saveTrackedPlayers();
    }
}

void MainWindow::onCurrentTabChanged(int index)
{
    // Hidden tabs are not redrawn on refresh; catch up when one is shown.
    if (auto *tab = qobject_cast<PlayerTab *>(m_tabs->widget(index)))
        tab->refresh(m_model->statistics(), trackedPlayers());
}

void MainWindow::saveTrackedPlayers()
{
    SettingsStore(settings())
        .write(SettingKey::TrackedPlayers, m_preferences.value(SettingKey::TrackedPlayers));
}

} // namespace dnd
