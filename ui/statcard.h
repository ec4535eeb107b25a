// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;

namespace dnd {

// One number with a caption and an optional detail line, e.g.
// "Average d20 / 11.2 / expected 10.5". Every text is plain text because
// values like a favourite spell come from the wire.
class StatCard : public QFrame
{
    Q_OBJECT
public:
    explicit StatCard(const QString &title, QWidget *parent = nullptr);

    void setValue(const QString &value);
    void setDetail(const QString &detail);
    QString title() const;
    QString value() const;
    QString detail() const;
    QLabel *valueLabel() const { return m_value; }

private:
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_detail;
};

} // namespace dnd
