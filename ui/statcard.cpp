// SPDX-License-Identifier: MIT
#include "statcard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace dnd {

namespace {
QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
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
    // Long names from the wire must not widen the whole tab.
    m_value->setMinimumWidth(0);
    m_value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_detail->setFont(small);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_detail->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    setMinimumWidth(140);
}

void StatCard::setValue(const QString &value)
{
    m_value->setText(value);
    m_value->setToolTip(value.size() > 20 ? value : QString());
}

void StatCard::setDetail(const QString &detail)
{
    m_detail->setText(detail);
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

} // namespace dnd
