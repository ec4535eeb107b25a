// SPDX-License-Identifier: MIT
#pragma once

#include "chartwidget.h"

#include <QHash>
#include <QStringList>
#include <QVector>

class QAbstractBarSeries;
class QBarCategoryAxis;
class QBarSet;
class QValueAxis;

namespace dnd {

// Bars of named counts (spells cast, monsters met, events by type). The bar
// set is rewritten once per refresh: only the values that changed are
// replaced, and the categories are reset only when the names change.
class CountBarChart : public ChartWidget
{
    Q_OBJECT
public:
    // maxBars > 0 keeps the largest counts only (ties: alphabetical).
    CountBarChart(const QString &title, Qt::Orientation orientation, int maxBars,
                  QWidget *parent = nullptr);

    // Categories in the given order with their values.
    void setValues(const QStringList &categories, const QVector<qreal> &values);
    // Largest counts first, at most maxBars.
    void setCounts(const QHash<QString, quint64> &counts);
    void clear();

    QBarSet *barSet() const { return m_set; }
    QValueAxis *valueAxis() const { return m_valueAxis; }
    QStringList categories() const { return m_categories; }
    // Value shown for a category, 0 when it has no bar.
    qreal valueOf(const QString &category) const;

private:
    QAbstractBarSeries *m_series;
    QBarSet *m_set;
    QBarCategoryAxis *m_categoryAxis;
    QValueAxis *m_valueAxis;
    QStringList m_categories;
    int m_maxBars;
};

} // namespace dnd
