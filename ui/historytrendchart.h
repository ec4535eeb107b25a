// SPDX-License-Identifier: MIT
#pragma once

#include "chartwidget.h"

#include <QVector>

class QLineSeries;
class QValueAxis;

namespace dnd {

class HistoryModel;

// Average d20 per play session, one line per player (the most active
// MaxPlayers of them), against a fair die's 10.5.
class HistoryTrendChart : public ChartWidget
{
    Q_OBJECT
public:
    static constexpr int MaxPlayers = 8;

    explicit HistoryTrendChart(QWidget *parent = nullptr);

    void setHistory(const HistoryModel &model);
    // The lines drawn, by player name (for tests).
    QStringList players() const;
    QVector<QPointF> pointsOf(const QString &player) const;

protected:
    void applyColors() override;

private:
    QLineSeries *m_fair;
    QValueAxis *m_x;
    QValueAxis *m_y;
    QVector<QLineSeries *> m_lines;
};

} // namespace dnd
