// SPDX-License-Identifier: MIT
#pragma once

#include "chartwidget.h"

class QBarCategoryAxis;
class QBarSet;
class QLineSeries;
class QValueAxis;

namespace dnd {

struct PlayerStats;

// How often each face of one die came up, with the count a fair die would
// give (rolls / sides) drawn as a line across the bars.
class RollDistributionChart : public ChartWidget
{
    Q_OBJECT
public:
    explicit RollDistributionChart(QWidget *parent = nullptr);

    int sides() const { return m_sides; }
    void setSides(int sides); // keeps the last player; call setPlayer to redraw
    void setPlayer(const PlayerStats *player);

    QBarSet *barSet() const { return m_set; }
    QLineSeries *expectedSeries() const { return m_expected; }

protected:
    void applyColors() override;

private:
    int m_sides = 20;
    int m_shownSides = 0;
    QBarSet *m_set;
    QLineSeries *m_expected;
    QBarCategoryAxis *m_faces;
    QValueAxis *m_counts;
};

} // namespace dnd
