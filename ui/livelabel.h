// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

namespace dnd {

// A one-line, plain-text label for a value that changes many times a second
// (a counter, a rate). A plain QLabel asks every layout up to the window to
// recompute on each setText(); Qt stops that at a widget whose minimum and
// maximum sizes are equal, so this label has a fixed size, refitted only
// when a new text's width differs: a new value of the same width repaints
// the label and nothing else.
class LiveLabel : public QLabel
{
    Q_OBJECT
public:
    explicit LiveLabel(QWidget *parent = nullptr);

    // Sets the text if it differs, resizing the label only if its width does.
    void setLiveText(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fitText(bool force);
};

} // namespace dnd
