// SPDX-License-Identifier: MIT
// The three pages of PreferencesDialog: which inputs exist and how they are
// laid out (the dialog's behaviour lives in preferencesdialog.cpp).
#include "preferencesdialog.h"

#include "settingtexts.h"
#include "settingvalidators.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dnd {

namespace {

QLabel *makeNoteLabel(QWidget *parent, const QString &color)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // messages may quote user input
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(color));
    label->hide();
    return label;
}

// How a choice of the schema reads in a combo box; the data is the value.
QString choiceText(SettingKey key, const QString &choice)
{
    static const struct
    {
        SettingKey key;
        const char *choice;
        const char *text;
    } texts[] = {
        {SettingKey::StartFrom, "resume",
         QT_TRANSLATE_NOOP("dnd::PreferencesDialog", "Resume where the campaign left off")},
        {SettingKey::StartFrom, "today",
         QT_TRANSLATE_NOOP("dnd::PreferencesDialog", "Today (since midnight)")},
        {SettingKey::StartFrom, "earliest",
         QT_TRANSLATE_NOOP("dnd::PreferencesDialog", "Earliest (the whole game)")},
        {SettingKey::StartFrom, "latest",
         QT_TRANSLATE_NOOP("dnd::PreferencesDialog", "Latest (new events only)")},
        {SettingKey::StartFrom, "committed",
         QT_TRANSLATE_NOOP("dnd::PreferencesDialog", "Committed position of the group")},
        {SettingKey::Theme, "system", QT_TRANSLATE_NOOP("dnd::PreferencesDialog", "System")},
        {SettingKey::Theme, "light", QT_TRANSLATE_NOOP("dnd::PreferencesDialog", "Light")},
        {SettingKey::Theme, "dark", QT_TRANSLATE_NOOP("dnd::PreferencesDialog", "Dark")},
        {SettingKey::Mode, "game",
         QT_TRANSLATE_NOOP("dnd::PreferencesDialog", "Game (reads like play)")},
        {SettingKey::Mode, "random",
         QT_TRANSLATE_NOOP("dnd::PreferencesDialog", "Random (like the original producer)")},
    };
    for (const auto &entry : texts) {
        if (entry.key == key && choice == QLatin1String(entry.choice))
            return PreferencesDialog::tr(entry.text);
    }
    return choice;
}

QComboBox *makeChoiceBox(QWidget *parent, SettingKey key)
{
    auto *combo = new QComboBox(parent);
    // A start position may also be a time (--from 2026-12-02T19:00, -2h),
    // which the command line and the environment give; the dialog offers
    // the named ones.
    const QStringList choices =
        key == SettingKey::StartFrom
            ? QStringList{QStringLiteral("resume"), QStringLiteral("earliest"),
                          QStringLiteral("latest"), QStringLiteral("committed"),
                          QStringLiteral("today")}
            : settingInfo(key).choices;
    for (const QString &choice : choices)
        combo->addItem(choiceText(key, choice), choice);
    return combo;
}

} // namespace

void PreferencesDialog::addField(QFormLayout *form, SettingKey key, QWidget *input, QWidget *row)
{
    const size_t i = size_t(key);
    auto *cell = new QWidget(form->parentWidget());
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(row ? row : input);
    m_errors[i] = makeNoteLabel(cell, QStringLiteral("#c62828"));
    m_overrides[i] = makeNoteLabel(cell, QStringLiteral("#8a6d00"));
    cellLayout->addWidget(m_errors[i]);
    cellLayout->addWidget(m_overrides[i]);
    m_fields[i] = input;
    input->setToolTip(settingHelp(key));
    form->addRow(tr("%1:").arg(settingTitle(key)), cell);
}

QWidget *PreferencesDialog::buildConnectionPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    const auto revalidate = [this] { validateAll(); };

    m_builtIn = new QCheckBox(tr("Use the built-in broker"), page);
    m_bootstrap = new QLineEdit(page);
    m_bootstrap->setPlaceholderText(tr("host:port, host:port"));
    m_topic = new QLineEdit(page);
    m_groupId = new QLineEdit(page);
    m_groupId->setPlaceholderText(tr("Default: unique to this installation"));
    m_groupId->setMaxLength(int(MaxGroupIdLength));
    m_startFrom = makeChoiceBox(page, SettingKey::StartFrom);
    form->addRow(tr("Broker:"), m_builtIn);
    addField(form, SettingKey::Broker, m_bootstrap);
    addField(form, SettingKey::Topic, m_topic);
    addField(form, SettingKey::GroupId, m_groupId);
    addField(form, SettingKey::StartFrom, m_startFrom);

    m_testButton = new QPushButton(tr("Test connection"), page);
    connect(m_testButton, &QPushButton::clicked, this, &PreferencesDialog::requestTest);
    m_testResult = new QLabel(page);
    m_testResult->setTextFormat(Qt::PlainText); // the broker's reason is not markup
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The result gets the form's whole width on a row of its own: a failure
    // with librdkafka's detail wraps over a few lines instead of being cut
    // in the field column.
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addStretch();
    form->addRow(testRow);
    form->addRow(m_testResult);

    connect(m_builtIn, &QCheckBox::toggled, this, revalidate);
    for (QLineEdit *edit : {m_bootstrap, m_topic, m_groupId})
        connect(edit, &QLineEdit::textChanged, this, revalidate);
    connect(m_startFrom, &QComboBox::currentIndexChanged, this, revalidate);
    return page;
}

QWidget *PreferencesDialog::buildDisplayPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_refreshEvery = new QSpinBox(page);
    m_refreshEvery->setRange(1, 1000);
    m_refreshEvery->setSuffix(tr(" messages"));
    m_tracked = new QLineEdit(page);
    m_tracked->setPlaceholderText(tr("Comma separated, e.g. Stravos, Wurs"));
    m_theme = makeChoiceBox(page, SettingKey::Theme);
    addField(form, SettingKey::RefreshEvery, m_refreshEvery);
    addField(form, SettingKey::TrackedPlayers, m_tracked);
    addField(form, SettingKey::Theme, m_theme);
    m_archive = new QLineEdit(page);
    m_archive->setPlaceholderText(tr("Default: campaign.sqlite in the application data folder"));
    auto *browse = new QPushButton(tr("Browse…"), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        // An existing campaign or a new file: no overwrite question.
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Campaign file"), m_archive->text(), tr("Campaigns (*.sqlite)"), nullptr,
            QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty())
            m_archive->setText(file);
    });
    auto *archiveRow = new QWidget(page);
    auto *archiveLayout = new QHBoxLayout(archiveRow);
    archiveLayout->setContentsMargins(0, 0, 0, 0);
    archiveLayout->addWidget(m_archive, 1);
    archiveLayout->addWidget(browse);
    addField(form, SettingKey::Archive, m_archive, archiveRow);

    const auto revalidate = [this] { validateAll(); };
    connect(m_archive, &QLineEdit::textChanged, this, revalidate);
    connect(m_refreshEvery, &QSpinBox::valueChanged, this, revalidate);
    connect(m_tracked, &QLineEdit::textChanged, this, revalidate);
    connect(m_theme, &QComboBox::currentIndexChanged, this, revalidate);
    return page;
}

QWidget *PreferencesDialog::buildSimulatorPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_mode = makeChoiceBox(page, SettingKey::Mode);
    m_rate = new QDoubleSpinBox(page);
    // One event every 10 s to 100,000 a second.
    m_rate->setRange(0.1, 100000.0);
    m_rate->setDecimals(1);
    m_rate->setSuffix(tr(" events/s"));
    m_seed = new QLineEdit(page);
    m_players = new QLineEdit(page);
    m_players->setPlaceholderText(tr("Comma separated, e.g. Stravos, Ya, Sylas, Wurs"));
    addField(form, SettingKey::Mode, m_mode);
    addField(form, SettingKey::Rate, m_rate);
    addField(form, SettingKey::Seed, m_seed);
    addField(form, SettingKey::Players, m_players);

    const auto revalidate = [this] { validateAll(); };
    connect(m_mode, &QComboBox::currentIndexChanged, this, revalidate);
    connect(m_rate, &QDoubleSpinBox::valueChanged, this, revalidate);
    connect(m_seed, &QLineEdit::textChanged, this, revalidate);
    connect(m_players, &QLineEdit::textChanged, this, revalidate);
    return page;
}

} // namespace dnd
