// SPDX-License-Identifier: MIT
#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace dnd {

namespace {

struct Original
{
    bool saved = false;
    QString styleName;
    QPalette palette;
};

Original &original()
{
    static Original value;
    return value;
}

Theme &current()
{
    static Theme value = Theme::System;
    return value;
}

// The Disabled group: dimmed text, fields on the window colour (so an empty
// disabled field does not look like one waiting for input), flat buttons,
// a grey selection.
void setDisabledColors(QPalette *p, const QColor &text, const QColor &fieldBase,
                       const QColor &button)
{
    for (const auto role : {QPalette::Text, QPalette::ButtonText, QPalette::WindowText,
                            QPalette::HighlightedText, QPalette::PlaceholderText})
        p->setColor(QPalette::Disabled, role, text);
    p->setColor(QPalette::Disabled, QPalette::Base, fieldBase);
    p->setColor(QPalette::Disabled, QPalette::AlternateBase, fieldBase);
    p->setColor(QPalette::Disabled, QPalette::Button, button);
    p->setColor(QPalette::Disabled, QPalette::Highlight, text.darker(150));
    p->setColor(QPalette::Disabled, QPalette::Link, text);
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf3, 0xf1, 0xec));
    p.setColor(QPalette::WindowText, QColor(0x20, 0x1c, 0x18));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xea, 0xe6, 0xde));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xfb, 0xe6));
    p.setColor(QPalette::ToolTipText, Qt::black);
    p.setColor(QPalette::Text, QColor(0x20, 0x1c, 0x18));
    p.setColor(QPalette::Button, QColor(0xe6, 0xe2, 0xda));
    p.setColor(QPalette::ButtonText, QColor(0x20, 0x1c, 0x18));
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Highlight, QColor(0x8b, 0x1e, 0x1e));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8b, 0x1e, 0x1e));
    p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x78, 0x70));
    setDisabledColors(&p, QColor(0x9a, 0x94, 0x8c), QColor(0xf3, 0xf1, 0xec),
                      QColor(0xec, 0xe9, 0xe3));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x25, 0x23, 0x26);
    const QColor base(0x1b, 0x1a, 0x1c);
    const QColor text(0xe8, 0xe4, 0xde);
    const QColor disabled(0x78, 0x74, 0x70);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x2e, 0x2b, 0x2f));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x36, 0x3b));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x33, 0x30, 0x34));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Highlight, QColor(0xc0, 0x39, 0x2b));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0xff, 0x8a, 0x70));
    p.setColor(QPalette::PlaceholderText, disabled);
    // A disabled field is drawn on the window colour, not the field colour,
    // with dimmed text: in the dark preferences it must look disabled.
    setDisabledColors(&p, disabled, window, QColor(0x2b, 0x29, 0x2c));
    return p;
}

} // namespace

QString themeName(Theme theme)
{
    switch (theme) {
    case Theme::System:
        return QStringLiteral("system");
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    }
    return QStringLiteral("system");
}

bool parseTheme(const QString &text, Theme *theme)
{
    for (Theme candidate : {Theme::System, Theme::Light, Theme::Dark}) {
        if (text.trimmed().compare(themeName(candidate), Qt::CaseInsensitive) == 0) {
            *theme = candidate;
            return true;
        }
    }
    return false;
}

void applyTheme(Theme theme)
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (!app)
        return;
    Original &saved = original();
    if (!saved.saved) {
        saved.saved = true;
        saved.styleName = app->style()->name();
        saved.palette = app->palette();
    }
    current() = theme;
    switch (theme) {
    case Theme::System:
        QApplication::setStyle(QStyleFactory::create(saved.styleName));
        QApplication::setPalette(saved.palette);
        break;
    case Theme::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(lightPalette());
        break;
    case Theme::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
}

Theme currentTheme()
{
    return current();
}

} // namespace dnd
