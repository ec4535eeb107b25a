// SPDX-License-Identifier: MIT
#include "statcard.h"

#include <QEvent>
#include <QLabel>

#include <algorithm>

namespace dnd {

namespace {
// Space between the frame and the labels, and between two labels.
constexpr QMargins Padding(10, 6, 10, 6);
constexpr int Spacing = 2;
constexpr int MinimumWidth = 140;

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// One line of text in the label's font: what a one-line label needs,
// whatever its text (long values are clipped, the tooltip has them whole).
int lineHeight(const QLabel *label)
{
    const QMargins margins = label->contentsMargins();
    return label->fontMetrics().height() + 2 * label->margin() + margins.top() + margins.bottom();
}
} // namespace

StatCard::StatCard(const QString &title, QWidget *parent)
    : QFrame(parent), m_title(plainLabel(this)), m_value(plainLabel(this)),
      m_detail(plainLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("statCard"));
    m_title->setText(title);
    QFont small = m_title->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_title->setFont(small);
    m_title->setForegroundRole(QPalette::PlaceholderText);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setText(QStringLiteral("–"));
    m_detail->setFont(small);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    // The labels are sized by the card (placeLabels()); a fixed size also
    // keeps their setText() from posting layout requests to the card.
    setMinimumWidth(MinimumWidth);
    placeLabels();
    updateAccessibleText();
}

void StatCard::setValue(const QString &value)
{
    m_value->setText(value);
    // A card with a tooltip of its own explains its value there.
    m_value->setToolTip(value.size() > 20 && toolTip().isEmpty() ? value : QString());
    updateAccessibleText();
}

void StatCard::setTitle(const QString &title)
{
    if (title == m_title->text())
        return;
    m_title->setText(title);
    updateGeometry(); // the caption decides the card's width
    updateAccessibleText();
}

void StatCard::setDetail(const QString &detail)
{
    m_detail->setText(detail);
    updateAccessibleText();
}

void StatCard::updateAccessibleText()
{
    // A screen reader reads the card as one sentence: "Average d20: 11.20",
    // then the detail ("fair die: 10.5, 24 rolls").
    const QString name = tr("%1: %2").arg(m_title->text(), m_value->text());
    if (accessibleName() != name)
        setAccessibleName(name);
    if (accessibleDescription() != m_detail->text())
        setAccessibleDescription(m_detail->text());
}

QString StatCard::title() const
{
    return m_title->text();
}
QString StatCard::value() const
{
    return m_value->text();
}
QString StatCard::detail() const
{
    return m_detail->text();
}

int StatCard::labelsHeight() const
{
    return lineHeight(m_title) + lineHeight(m_value) + lineHeight(m_detail) + 2 * Spacing;
}

QSize StatCard::sizeHint() const
{
    // The frame's own width: what the widget has around its contents rect.
    const QSize frame = size() - contentsRect().size();
    // Only the caption asks for width: long values must not widen the tab.
    const int width = m_title->sizeHint().width() + Padding.left() + Padding.right();
    const int height = labelsHeight() + Padding.top() + Padding.bottom();
    return QSize(std::max(width + frame.width(), MinimumWidth), height + frame.height());
}

QSize StatCard::minimumSizeHint() const
{
    return sizeHint();
}

void StatCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
        updateGeometry();
        placeLabels();
        break;
    default:
        break;
    }
}

void StatCard::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    placeLabels();
}

void StatCard::placeLabels()
{
    const QRect area = contentsRect().marginsRemoved(Padding);
    // A taller card than asked for shares the extra height, as a box layout
    // did (each label centres its line vertically).
    const int extra = std::max(0, area.height() - labelsHeight()) / 3;
    int y = area.top();
    for (QLabel *label : {m_title, m_value, m_detail}) {
        const int height = lineHeight(label) + extra;
        label->setFixedSize(std::max(0, area.width()), height);
        label->move(area.left(), y);
        y += height + Spacing;
    }
}

} // namespace dnd
