// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QSettings;
class QWidget;

namespace dnd {

// What a confirmation asks: "Reset statistics?" with a sentence on what is
// lost and a button that names the action ("Reset"); Cancel is the default.
struct DiscardQuestion
{
    QString key;     // names the question for "Do not ask again", e.g. "reset"
    QString title;   // the window title and the question
    QString text;    // what will be lost, in a sentence or two
    QString proceed; // the button that goes ahead, e.g. tr("&Reset")
};

// Asks before an action that discards counts (Reset statistics, Replay from
// the beginning, New campaign). True to go ahead: Cancel, Escape or closing
// the box keeps everything. A "Do not ask again" box ticked together with
// the proceed button is remembered in `settings` under confirm/KEY (window
// state like the layout, not a preference) and the question is skipped
// from then on. Modal: returns once the user answered.
bool confirmDiscard(QWidget *parent, QSettings &settings, const DiscardQuestion &question);

// Asks every "Do not ask again" question again.
void resetDiscardQuestions(QSettings &settings);

} // namespace dnd
