// SPDX-License-Identifier: MIT
#pragma once

#include "categorypalette.h"
#include "chartwidget.h"

#include <QHash>
#include <QStringList>
#include <QVector>

#include <optional>

class QAbstractBarSeries;
class QBarCategoryAxis;
class QBarSet;
class QValueAxis;

namespace dnd {

// Bars of named counts (spells cast, monsters met, events by type). The bar
// set is rewritten once per refresh: only the values that changed are
// replaced, and the categories are reset only when the names change.
// Colours come from CategoryPalette: one colour for every bar
// (setBarColor), or each bar in its category's colour (setCategoryColors),
// so a type or a die looks the same in every chart and tab.
class CountBarChart : public ChartWidget
{
    Q_OBJECT
public:
    // maxBars > 0 keeps the largest counts only (ties: alphabetical).
    CountBarChart(const QString &title, Qt::Orientation orientation, int maxBars,
                  QWidget *parent = nullptr);

    // Every bar in the colour of `name` (e.g. spells in spell_cast's).
    void setBarColor(CategoryPalette::Kind kind, const QString &name);
    // Each bar in the colour of its own category.
    void setCategoryColors(CategoryPalette::Kind kind);

    // Categories in the given order with their values.
    void setValues(const QStringList &categories, const QVector<qreal> &values);
    // Largest counts first, at most maxBars.
    void setCounts(const QHash<QString, quint64> &counts);
    void clear();

    QBarCategoryAxis *categoryAxis() const { return m_categoryAxis; }
    QStringList categories() const { return m_categories; }
    // Value shown for a category, 0 when it has no bar.
    qreal valueOf(const QString &category) const;
    // Colour of a category's bar as drawn; invalid when it has no bar.
    QColor colorOf(const QString &category) const;

protected:
    void applyColors() override;

private:
    void rebuildSets(const QVector<qreal> &values);

    QAbstractBarSeries *m_series;
    // One set for all bars, or with category colours one set a category
    // (stacked: set i holds category i's value, zero elsewhere).
    QList<QBarSet *> m_sets;
    QBarCategoryAxis *m_categoryAxis;
    QValueAxis *m_valueAxis;
    QStringList m_categories;
    QVector<qreal> m_values;
    int m_maxBars;
    std::optional<CategoryPalette::Kind> m_categoryColors;
    std::optional<std::pair<CategoryPalette::Kind, QString>> m_barColor;
};

} // namespace dnd
