// SPDX-License-Identifier: MIT
#include "confirmdiscard.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace dnd {

namespace {
constexpr char Group[] = "confirm";

QString settingKey(const QString &key)
{
    return QLatin1String(Group) + QLatin1Char('/') + key;
}
} // namespace

bool confirmDiscard(QWidget *parent, QSettings &settings, const DiscardQuestion &question)
{
    Q_ASSERT(!question.key.isEmpty());
    if (settings.value(settingKey(question.key)).toString() == QLatin1String("never-ask"))
        return true;
    QMessageBox box(QMessageBox::Warning, question.title, question.text, QMessageBox::NoButton,
                    parent);
    box.setObjectName(QStringLiteral("confirmDiscard_") + question.key);
    box.setTextFormat(Qt::PlainText);
    QPushButton *proceed = box.addButton(question.proceed, QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    auto *never =
        new QCheckBox(QCoreApplication::translate("dnd::ConfirmDiscard", "Do not ask again"), &box);
    box.setCheckBox(never);
    box.exec();
    if (box.clickedButton() != proceed)
        return false;
    if (never->isChecked())
        settings.setValue(settingKey(question.key), QStringLiteral("never-ask"));
    return true;
}

void resetDiscardQuestions(QSettings &settings)
{
    settings.remove(QLatin1String(Group));
}

} // namespace dnd
