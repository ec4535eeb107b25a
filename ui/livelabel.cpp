// SPDX-License-Identifier: MIT
#include "livelabel.h"

#include <QEvent>

#include <algorithm>

namespace dnd {

LiveLabel::LiveLabel(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    fitText(true);
}

void LiveLabel::setLiveText(const QString &text)
{
    if (text == this->text())
        return;
    setText(text);
    fitText(false);
}

void LiveLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitText(true);
}

void LiveLabel::fitText(bool force)
{
    // QLabel's hint is this text on one line; an empty text still takes a
    // line so the label does not collapse. Digits have one width in the
    // usual UI fonts, so the size changes only when a number gains or loses
    // a digit: that, not every new value, relayouts the window.
    const QSize hint = sizeHint();
    const QSize size(hint.width(), std::max(hint.height(), fontMetrics().height()));
    if (force || size != minimumSize() || size != maximumSize())
        setFixedSize(size);
}

} // namespace dnd
