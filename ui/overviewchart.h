// SPDX-License-Identifier: MIT
#pragma once

#include "chartwidget.h"

namespace dnd {

// The overview's stacked bars (events by type, one bar a player). A
// ChartWidget, so it follows the theme like the player tabs' charts (and
// its PNG export with it); each bar set is coloured by its event type.
class OverviewChart : public ChartWidget
{
    Q_OBJECT
public:
    // Bar sets carry their event type in this property; an empty one is the
    // lumped "other types" set.
    static constexpr char EventTypeProperty[] = "dndEventType";

    explicit OverviewChart(const QString &title, QWidget *parent = nullptr);

    // Colours every bar set of the chart by its event type.
    void applySetColors();

protected:
    void applyColors() override { applySetColors(); }
};

} // namespace dnd
