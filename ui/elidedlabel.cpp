// SPDX-License-Identifier: MIT
#include "elidedlabel.h"

#include <QEvent>
#include <QFontMetrics>

namespace dnd {

ElidedLabel::ElidedLabel(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void ElidedLabel::setFullText(const QString &text, const QString &detail)
{
    if (text == m_full && detail == m_detail)
        return;
    m_full = text;
    m_detail = detail;
    elide();
    updateGeometry();
}

void ElidedLabel::setDefaultToolTip(const QString &toolTip)
{
    m_defaultToolTip = toolTip;
    elide();
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QSize hint = QLabel::minimumSizeHint();
    return {fontMetrics().horizontalAdvance(QStringLiteral("Mmmmmmmm…")), hint.height()};
}

QSize ElidedLabel::sizeHint() const
{
    const QMargins m = contentsMargins();
    return {fontMetrics().horizontalAdvance(m_full) + m.left() + m.right() + 2 * margin() + 2,
            QLabel::sizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        elide();
}

void ElidedLabel::elide()
{
    const int width = contentsRect().width() - 2 * margin();
    const QString shown = fontMetrics().elidedText(m_full, Qt::ElideRight, std::max(0, width));
    // QLabel::setText returns early on an unchanged text: no relayout.
    setText(shown);
    // The tooltip is plain text: it may quote a broker's or the wire's words.
    QString tip;
    if (shown != m_full || !m_detail.isEmpty()) {
        tip = m_full;
        if (!m_detail.isEmpty())
            tip += QStringLiteral("\n\n") + m_detail;
    } else {
        tip = m_defaultToolTip;
    }
    setToolTip(tip.isEmpty() ? QString() : Qt::convertFromPlainText(tip, Qt::WhiteSpaceNormal));
}

} // namespace dnd
