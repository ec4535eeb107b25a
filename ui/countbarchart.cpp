// SPDX-License-Identifier: MIT
#include "countbarchart.h"

#include "countaxis.h"
#include "inerttext.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace dnd {

CountBarChart::CountBarChart(const QString &title, Qt::Orientation orientation, int maxBars,
                             QWidget *parent)
    : ChartWidget(title, parent), m_maxBars(maxBars)
{
    if (orientation == Qt::Horizontal)
        m_series = new QHorizontalBarSeries;
    else
        m_series = new QBarSeries;
    m_set = new QBarSet(title);
    m_series->append(m_set);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart()->addSeries(m_series);

    m_categoryAxis = new QBarCategoryAxis;
    m_valueAxis = new QValueAxis;
    CountAxis::initialise(m_valueAxis);
    const Qt::Alignment categoryEdge =
        orientation == Qt::Horizontal ? Qt::AlignLeft : Qt::AlignBottom;
    const Qt::Alignment valueEdge = orientation == Qt::Horizontal ? Qt::AlignBottom : Qt::AlignLeft;
    chart()->addAxis(m_categoryAxis, categoryEdge);
    chart()->addAxis(m_valueAxis, valueEdge);
    m_series->attachAxis(m_categoryAxis);
    m_series->attachAxis(m_valueAxis);
}

void CountBarChart::setValues(const QStringList &categories, const QVector<qreal> &values)
{
    Q_ASSERT(categories.size() == values.size());
    if (categories != m_categories) {
        // New names: rebuild the set's values in one go.
        m_categories = categories;
        if (m_set->count() > 0)
            m_set->remove(0, m_set->count());
        // Axis labels are rich text: wire names are shown inert and literal.
        QStringList labels;
        labels.reserve(categories.size());
        for (const QString &category : categories)
            labels.append(InertText::escaped(category).toHtmlEscaped());
        m_categoryAxis->setCategories(labels);
        m_set->append(QList<qreal>(values.begin(), values.end()));
    } else {
        for (int i = 0; i < values.size(); ++i) {
            if (m_set->at(i) != values.at(i))
                m_set->replace(i, values.at(i));
        }
    }
    qreal maximum = 0;
    for (qreal v : values)
        maximum = std::max(maximum, v);
    CountAxis::setMaximum(m_valueAxis, maximum);
}

void CountBarChart::setCounts(const QHash<QString, quint64> &counts)
{
    QVector<std::pair<QString, quint64>> sorted;
    sorted.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        sorted.append({it.key(), it.value()});
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (m_maxBars > 0 && sorted.size() > m_maxBars)
        sorted.resize(m_maxBars);
    QStringList categories;
    QVector<qreal> values;
    // Horizontal bars are drawn bottom-up; reverse so the largest is on top.
    const bool horizontal = qobject_cast<QHorizontalBarSeries *>(m_series) != nullptr;
    if (horizontal)
        std::reverse(sorted.begin(), sorted.end());
    for (const auto &[name, count] : sorted) {
        categories.append(name);
        values.append(qreal(count));
    }
    setValues(categories, values);
}

void CountBarChart::clear()
{
    setValues({}, {});
}

qreal CountBarChart::valueOf(const QString &category) const
{
    const int index = m_categories.indexOf(category);
    return index < 0 || index >= m_set->count() ? 0 : m_set->at(index);
}

} // namespace dnd
