// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;

namespace dnd {

// One number with a caption and an optional detail line, e.g.
// "Average d20 / 11.2 / expected 10.5". Every text is plain text because
// values like a favourite spell come from the wire.
//
// The card places its three labels itself and its size hint depends on the
// fonts and the caption only: a new value (many a second) repaints the
// value label without asking the tab, the scroll area and the window to
// relayout, which a layout-managed label would do on every setText().
class StatCard : public QFrame
{
    Q_OBJECT
public:
    explicit StatCard(const QString &title, QWidget *parent = nullptr);

    void setValue(const QString &value);
    void setDetail(const QString &detail);
    void setTitle(const QString &title);
    QString title() const;
    QString value() const;
    QString detail() const;
    QLabel *valueLabel() const { return m_value; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    int labelsHeight() const;
    void updateAccessibleText();
    void placeLabels();

    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_detail;
};

} // namespace dnd
