// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

namespace dnd {

// A one-line plain-text label that never cuts a message mid-word without
// saying so: when the text is wider than the label it ends in "…", and the
// whole text (plus an optional detail, such as librdkafka's own words) is
// the tooltip. It asks for little width, so a long message never pushes
// its neighbours out of the status bar.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    // The whole text and a detail shown under it in the tooltip.
    void setFullText(const QString &text, const QString &detail = {});
    QString fullText() const { return m_full; }
    QString detail() const { return m_detail; }
    bool isElided() const { return text() != m_full; }
    // The tooltip used when the text fits and there is no detail.
    void setDefaultToolTip(const QString &toolTip);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void elide();

    QString m_full;
    QString m_detail;
    QString m_defaultToolTip;
};

} // namespace dnd
