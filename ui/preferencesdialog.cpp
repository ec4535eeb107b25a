// SPDX-License-Identifier: MIT
#include "preferencesdialog.h"

#include "passwordkeyring.h"
#include "preferencessecrets.h"
#include "propertiestablemodel.h"
#include "settingsfilecheck.h"
#include "settingsstore.h"
#include "settingvalidators.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace dnd {

namespace {

QString joinNames(const QString &list)
{
    return SettingValues::splitList(list).join(QStringLiteral(", "));
}

void selectData(QComboBox *combo, const QString &value)
{
    int index = combo->findData(value);
    if (index < 0) { // keep an unknown saved value visible so it can be fixed
        combo->addItem(value, value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

// The schema's validators return fragments meant to follow the value's name
// ("is empty; ..."); under a field they read better as a sentence.
QString sentence(const QString &fragment)
{
    if (fragment.isEmpty())
        return fragment;
    QString text = fragment;
    for (const char *verb : {"is ", "has ", "must ", "contains ", "starts "}) {
        if (text.startsWith(QLatin1String(verb))) {
            text = PreferencesDialog::tr("This value %1").arg(text);
            break;
        }
    }
    text[0] = text[0].toUpper();
    if (!text.endsWith(QLatin1Char('.')))
        text += QLatin1Char('.');
    return text;
}

// Two spellings of one value (a rate of 5 and 5.0, "Ya,Wurs" and "Ya, Wurs").
bool sameValue(SettingKey key, const QString &a, const QString &b)
{
    switch (key) {
    case SettingKey::Rate:
        return qFuzzyCompare(a.toDouble(), b.toDouble());
    case SettingKey::Players:
    case SettingKey::TrackedPlayers:
        return SettingValues::splitList(a) == SettingValues::splitList(b);
    default:
        return a == b;
    }
}

// The rate shows whichever of rate and interval won.
bool overridden(const ResolvedSettings &resolved, SettingKey key)
{
    return resolved.isOverridden(key) ||
           (key == SettingKey::Rate && resolved.isOverridden(SettingKey::Interval));
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildConnectionPage(), tr("Connection"));
    m_tabs->addTab(buildSecurityPage(), tr("Security"));
    m_tabs->addTab(buildDisplayPage(), tr("Display"));
    m_tabs->addTab(buildSimulatorPage(), tr("Simulator"));
    m_tabs->addTab(buildAdvancedPage(), tr("Advanced"));
    // Every tab's name in full: no scroll arrows or "Adva…"; the dialog is
    // at least as wide as the tab bar (German names are longer).
    m_tabs->setUsesScrollButtons(false);
    m_tabs->setElideMode(Qt::ElideNone);

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(applyButton(), &QPushButton::clicked, this, &PreferencesDialog::apply);

    m_testTimeout = new QTimer(this);
    m_testTimeout->setSingleShot(true);
    m_testTimeout->setInterval(TestAnswerTimeoutMs);
    connect(m_testTimeout, &QTimer::timeout, this,
            [this] { setTestConnectionResult(false, tr("No answer within 10 seconds.")); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_buttons);

    setPreferences(SettingValues());
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::setPreferences(const SettingValues &values)
{
    m_initial = values;
    m_builtIn->setChecked(values.usesBuiltInBroker());
    m_bootstrap->setText(values.usesBuiltInBroker() ? values.value(SettingKey::ExternalBroker)
                                                    : values.broker());
    m_topic->setText(values.topic());
    m_groupId->setText(values.groupId());
    selectData(m_startFrom, values.startFrom());
    selectData(m_security, values.securityProtocol());
    selectData(m_sasl, values.saslMechanism());
    m_username->setText(values.username());
    m_password->setText(values.password());
    m_caFile->setText(values.caFile());
    m_certFile->setText(values.certFile());
    m_keyFile->setText(values.keyFile());
    m_keyPassword->setText(values.keyPassword());
    m_properties->setText(values.value(SettingKey::KafkaProperties));
    m_refreshEvery->setValue(values.refreshEvery());
    m_tracked->setText(joinNames(values.value(SettingKey::TrackedPlayers)));
    selectData(m_theme, values.theme());
    m_archive->setText(values.archiveFile());
    selectData(m_mode, values.mode());
    m_rate->setValue(values.rate());
    m_seed->setText(values.value(SettingKey::Seed));
    m_players->setText(joinNames(values.value(SettingKey::Players)));
    m_testResult->clear();
    validateAll();
    loadSecrets(values);
}

SettingValues PreferencesDialog::preferences() const
{
    SettingValues v = m_initial;
    const QString bootstrap = m_bootstrap->text().trimmed();
    v.setValue(SettingKey::Broker, m_builtIn->isChecked() ? QString() : bootstrap);
    v.setValue(SettingKey::ExternalBroker, bootstrap);
    v.setValue(SettingKey::Topic, m_topic->text().trimmed());
    v.setValue(SettingKey::GroupId, m_groupId->text());
    v.setValue(SettingKey::StartFrom, m_startFrom->currentData().toString());
    v.setValue(SettingKey::SecurityProtocol, m_security->currentData().toString());
    v.setValue(SettingKey::SaslMechanism, m_sasl->currentData().toString());
    v.setValue(SettingKey::Username, m_username->text());
    v.setValue(SettingKey::Password, m_password->text());
    v.setValue(SettingKey::CaFile, m_caFile->text().trimmed());
    v.setValue(SettingKey::CertFile, m_certFile->text().trimmed());
    v.setValue(SettingKey::KeyFile, m_keyFile->text().trimmed());
    v.setValue(SettingKey::KeyPassword, m_keyPassword->text());
    v.setValue(SettingKey::KafkaProperties, m_properties->text());
    v.setValue(SettingKey::RefreshEvery, QString::number(m_refreshEvery->value()));
    v.setValue(SettingKey::TrackedPlayers,
               SettingValues::splitList(m_tracked->text()).join(QLatin1Char(',')));
    v.setValue(SettingKey::Theme, m_theme->currentData().toString());
    v.setValue(SettingKey::Archive, m_archive->text().trimmed());
    v.setValue(SettingKey::Mode, m_mode->currentData().toString());
    if (!qFuzzyCompare(m_rate->value(), m_initial.rate())) // keep 5 from being 5.0
        v.setRate(m_rate->value());
    v.setValue(SettingKey::Seed, m_seed->text().trimmed());
    v.setValue(SettingKey::Players,
               SettingValues::splitList(m_players->text()).join(QLatin1Char(',')));
    return v;
}

void PreferencesDialog::setResolvedSettings(const ResolvedSettings &resolved)
{
    m_resolved = resolved;
    for (const SettingInfo &info : settingSchema()) {
        QLabel *label = m_overrides[size_t(info.key)];
        if (!label)
            continue;
        label->clear();
        label->hide();
        if (!overridden(resolved, info.key))
            continue;
        const SettingKey from = resolved.isOverridden(info.key) ? info.key : SettingKey::Interval;
        const SettingValue &value = resolved.value(from);
        QString shown = value.value;
        if (info.key == SettingKey::Broker && shown.isEmpty())
            shown = tr("the built-in broker");
        else if (info.key == SettingKey::Rate)
            shown = tr("%1 events/s").arg(resolved.eventsPerSecond());
        else if (info.flags & SettingFlag::Secret)
            shown = tr("(hidden)");
        // e.g. "Overridden by command-line flag --topic; in use: table_7"
        label->setText(
            tr("Overridden by %1; in use: %2").arg(settingOriginDescription(from, value), shown));
        label->show();
    }
}

void PreferencesDialog::setSettings(QSettings *settings)
{
    m_settings = settings;
    m_secrets->setService(keyringService(settings));
}

QPushButton *PreferencesDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QPushButton *PreferencesDialog::applyButton() const
{
    return m_buttons->button(QDialogButtonBox::Apply);
}

QString PreferencesDialog::fieldError(SettingKey key) const
{
    const QLabel *label = m_errors[size_t(key)];
    return label ? label->text() : QString();
}

QLabel *PreferencesDialog::errorLabel(SettingKey key) const
{
    return m_errors[size_t(key)];
}

QLabel *PreferencesDialog::overrideLabel(SettingKey key) const
{
    return m_overrides[size_t(key)];
}

QWidget *PreferencesDialog::fieldWidget(SettingKey key) const
{
    return m_fields[size_t(key)];
}

bool PreferencesDialog::isInputValid() const
{
    for (const QLabel *label : m_errors) {
        if (label && !label->text().isEmpty())
            return false;
    }
    return true;
}

QString PreferencesDialog::checkField(SettingKey key, const SettingValues &values) const
{
    // Two rules of the dialog itself: the external list is typed here, and
    // a simulation needs somebody to play.
    if (key == SettingKey::Broker && !m_builtIn->isChecked() && values.broker().isEmpty())
        return tr("Enter at least one broker as host:port, or use the built-in broker.");
    if (key == SettingKey::Players && values.players().isEmpty())
        return tr("Add at least one player.");
    if (key == SettingKey::KafkaProperties)
        return sentence(checkPropertiesTable());
    QString message = validateSetting(key, values.value(key));
    if (message.isEmpty())
        message = checkSettingInContext(key, values);
    return sentence(message);
}

void PreferencesDialog::validateAll()
{
    if (!m_players || !m_properties) // still building the pages
        return;
    const SettingValues values = preferences();
    for (const SettingInfo &info : settingSchema()) {
        QLabel *label = m_errors[size_t(info.key)];
        if (!label)
            continue;
        const QString message = checkField(info.key, values);
        label->setText(message);
        label->setVisible(!message.isEmpty());
    }
    updateEnabledStates();
}

void PreferencesDialog::updateEnabledStates()
{
    const bool valid = isInputValid();
    okButton()->setEnabled(valid);
    applyButton()->setEnabled(valid);

    const QString protocol = m_security->currentData().toString();
    const bool sasl = protocol.startsWith(QLatin1String("SASL_"));
    const bool ssl = protocol == QLatin1String("SSL") || protocol == QLatin1String("SASL_SSL");
    m_bootstrap->setEnabled(!m_builtIn->isChecked());
    m_sasl->setEnabled(sasl);
    m_username->setEnabled(sasl);
    m_password->setEnabled(sasl);
    for (QWidget *field : {m_caFile, m_certFile, m_keyFile, m_keyPassword})
        field->setEnabled(ssl);

    bool connectionValid = true;
    for (SettingKey key : {SettingKey::Broker, SettingKey::Topic, SettingKey::SecurityProtocol,
                           SettingKey::SaslMechanism, SettingKey::Username, SettingKey::Password,
                           SettingKey::CaFile, SettingKey::CertFile, SettingKey::KeyFile})
        connectionValid = connectionValid && m_errors[size_t(key)]->text().isEmpty();
    m_testButton->setEnabled(connectionValid && !m_testTimeout->isActive());
}

void PreferencesDialog::requestTest()
{
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(tr("Testing…"));
    m_testResult->setMinimumHeight(0);
    m_testTimeout->start();
    updateEnabledStates();
    Q_EMIT testConnectionRequested(preferences());
}

void PreferencesDialog::setTestConnectionResult(bool ok, const QString &message)
{
    m_testTimeout->stop();
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QString color = ok ? (dark ? QStringLiteral("#6fd07a") : QStringLiteral("#2e7d32"))
                             : (dark ? QStringLiteral("#ff7b72") : QStringLiteral("#c62828"));
    m_testResult->setStyleSheet(QStringLiteral("color: %1;").arg(color));
    m_testResult->setText(ok ? tr("Connected. %1").arg(message) : tr("Failed: %1").arg(message));
    // The tab widget does not pass height-for-width on: reserve the wrapped
    // lines so the dialog grows (a top-level never stays below its minimum)
    // instead of cutting the message.
    m_testResult->setMinimumHeight(m_testResult->heightForWidth(m_testResult->width()));
    updateEnabledStates();
}

bool PreferencesDialog::apply()
{
    validateAll();
    if (!isInputValid()) {
        // Show the first field with a problem: it may be on another tab.
        for (const SettingInfo &info : settingSchema()) {
            const size_t i = size_t(info.key);
            if (!m_errors[i] || m_errors[i]->text().isEmpty())
                continue;
            for (int tab = 0; tab < m_tabs->count(); ++tab) {
                if (m_tabs->widget(tab)->isAncestorOf(m_fields[i]))
                    m_tabs->setCurrentIndex(tab);
            }
            m_fields[i]->setFocus();
            break;
        }
        return false;
    }
    const SettingValues values = preferences();
    QSettings fallback;
    SettingsStore store(m_settings ? *m_settings : fallback);
    // A value shown as overridden and left as the override says is not
    // saved, so a one-off --topic does not become the saved topic.
    auto keepStored = [this, &values](SettingKey key) {
        if (!m_resolved || !overridden(*m_resolved, key))
            return false;
        return sameValue(key, values.value(key), m_resolved->values().value(key));
    };
    for (const SettingInfo &info : settingSchema()) {
        const SettingKey key =
            info.key == SettingKey::ExternalBroker ? SettingKey::Broker : info.key;
        if (!keepStored(key))
            store.write(info.key, values.value(info.key));
    }
    syncSettingsPrivately(m_settings ? *m_settings : fallback);
    saveSecrets(values, keepStored);
    m_initial = values;
    Q_EMIT applied(values);
    return true;
}

void PreferencesDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace dnd
