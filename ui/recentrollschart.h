// SPDX-License-Identifier: MIT
#pragma once

#include "chartwidget.h"

class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace dnd {

struct PlayerStats;

// The last 100 d20 rolls (oldest left) with their running average and the
// fair die's mean 10.5 for reference.
class RecentRollsChart : public ChartWidget
{
    Q_OBJECT
public:
    explicit RecentRollsChart(QWidget *parent = nullptr);

    void setPlayer(const PlayerStats *player);
    // The roll markers in this player's colour (CategoryPalette).
    void setPlayerColor(const QString &player);

    QScatterSeries *rollSeries() const { return m_rolls; }
    QLineSeries *averageSeries() const { return m_average; }
    QLineSeries *fairMeanSeries() const { return m_fairMean; }
    QValueAxis *rollAxis() const { return m_x; }

protected:
    void applyColors() override;

private:
    QString m_colorPlayer;
    QScatterSeries *m_rolls;
    QLineSeries *m_average;
    QLineSeries *m_fairMean;
    QValueAxis *m_x;
    QValueAxis *m_y;
};

} // namespace dnd
