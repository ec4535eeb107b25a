// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QChart;
class QChartView;

namespace dnd {

// What a chart shows, in words and numbers, for a screen reader (a chart
// widget's accessible description): each bar set with its value per
// category ("Rolls: 1: 3, 2: 5, 3: 0"), each line or scatter series with
// its values in order, a constant line as one value ("Expected: 4.5").
// Read from the chart's series and axes, so it is what is drawn; numbers
// follow the locale. Empty for a chart without data.
QString describeChartValues(const QChart *chart);

// Gives `view` its accessible name (the chart's title, else `name`) and
// description (the title and describeChartValues, or "No data yet"). Call
// after each redraw of the chart's data.
void updateChartAccessibility(QChartView *view, const QString &name = {});

} // namespace dnd
