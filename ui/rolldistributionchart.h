// SPDX-License-Identifier: MIT
#pragma once

#include "chartwidget.h"

class QBarCategoryAxis;
class QBarSet;
class QLineSeries;
class QValueAxis;

namespace dnd {

struct PlayerStats;
class Throttle;

// How often each face of one die came up, with the count a fair die would
// give (rolls / sides) drawn as a line across the bars. The title names the
// die and its number of rolls.
class RollDistributionChart : public ChartWidget
{
    Q_OBJECT
public:
    explicit RollDistributionChart(QWidget *parent = nullptr);

    int sides() const { return m_sides; }
    void setSides(int sides); // keeps the last player; call setPlayer to redraw
    void setPlayer(const PlayerStats *player);

    QBarSet *barSet() const { return m_set; }
    QBarCategoryAxis *faceAxis() const { return m_faces; }
    QValueAxis *countAxis() const { return m_counts; }
    // Faces counted in one bar: 1, or 10 for a d100 (bars 1-10, 11-20, ...).
    static int facesPerBar(int sides);
    QLineSeries *expectedSeries() const { return m_expected; }
    // The title as it will read once a pending update is shown.
    QString pendingTitle() const { return m_pendingTitle; }

    // A new title relayouts the whole chart (Qt Charts measures every axis
    // label as rich text) and paints it twice: at ~30 refreshes a second
    // that was a fifth of the GUI thread's time. A changed roll count in the
    // title is shown at most this often (the bars follow every refresh); a
    // new die or the first roll shows at once.
    static constexpr int TitleIntervalMs = 200;

protected:
    void applyColors() override;

private:
    void applyFaceLabels();
    void setTitle(const QString &title, bool now);
    void showPendingTitle();

    int m_sides = 20;
    int m_shownSides = 0;
    QBarSet *m_set;
    QLineSeries *m_expected;
    QBarCategoryAxis *m_faces;
    QValueAxis *m_counts;
    QString m_pendingTitle;
    int m_titleSides = 0; // die and "any rolls" of the last title asked for
    bool m_titleHadRolls = false;
    Throttle *m_titleThrottle;
};

} // namespace dnd
