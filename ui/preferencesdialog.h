// SPDX-License-Identifier: MIT
#pragma once

#include "kafkaproperties.h"
#include "resolvedsettings.h"
#include "settingvalues.h"

#include <QDialog>
#include <QPointer>

#include <array>
#include <functional>
#include <optional>

class QAbstractButton;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSpinBox;
class QTableView;
class QTabWidget;
class QTimer;

namespace dnd {

class PreferencesSecrets;
class PropertiesTableModel;

// Preferences (Ctrl+,): tabs Connection / Security / Display / Simulator, one input per
// setting of the schema (settingschema.h), labelled and checked as the
// schema says. Every field is validated as it is edited; an invalid one
// shows the reason in red under it and OK/Apply stay disabled. Values that a
// command-line flag, variable or .env overrides carry a note. Apply (or OK)
// saves through SettingsStore and emits applied(); the app
// reconnects/reconfigures from that signal. Secrets (the SASL password) are
// read from and written to the desktop keyring asynchronously
// (PreferencesSecrets), never to the settings file; without a keyring they
// are kept for this run only, and the Security page says so.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    // How long the dialog waits for setTestConnectionResult() before saying
    // there was no answer (the app's own test is limited to 10 s).
    static constexpr int TestAnswerTimeoutMs = 12000;

    // Judges librdkafka properties as -X does (checkUserProperties in the
    // kafka layer, which the ui does not link): one message per refused
    // property, naming it and its origin. The app installs it once; without
    // one the Advanced table checks the syntax and the app's own properties.
    using PropertyChecker = std::function<QStringList(const QList<KafkaProperty> &)>;
    static void setPropertyChecker(PropertyChecker checker);

    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    // Fills the fields (and is what Cancel returns to).
    void setPreferences(const SettingValues &values);
    // The values as currently entered (valid or not); settings without an
    // input keep what setPreferences() gave.
    SettingValues preferences() const;

    // Marks fields whose configuration value comes from a higher-precedence
    // source than preferences.
    void setResolvedSettings(const ResolvedSettings &resolved);
    // Where apply() saves; not owned. Without one, a default QSettings().
    // A value that is shown as overridden and left as the override says is
    // not saved (the stored preference stays), so a one-off --topic does not
    // become the saved topic; a value the user changed is saved.
    void setSettings(QSettings *settings);

    bool isInputValid() const;
    // The reason shown under a field, empty when valid.
    QString fieldError(SettingKey key) const;
    QLabel *errorLabel(SettingKey key) const;
    // The "overridden by ..." note of a field (hidden when none).
    QLabel *overrideLabel(SettingKey key) const;
    // The input of a setting; nullptr for those the dialog does not edit.
    QWidget *fieldWidget(SettingKey key) const;
    QCheckBox *builtInBrokerBox() const { return m_builtIn; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *okButton() const;
    QPushButton *applyButton() const;
    QPushButton *testConnectionButton() const { return m_testButton; }
    QLabel *testResultLabel() const { return m_testResult; }
    // The note under the password: kept in the keyring, or why not.
    QLabel *keyringNote() const { return m_keyringNote; }
    PreferencesSecrets *secrets() const { return m_secrets; }
    // The Advanced page's table of librdkafka properties.
    QTableView *propertiesView() const { return m_propertiesView; }
    PropertiesTableModel *propertiesModel() const { return m_properties; }
    QPushButton *addPropertyButton() const { return m_addProperty; }
    QPushButton *removePropertyButton() const { return m_removeProperty; }

public Q_SLOTS:
    // Validates, saves, emits applied(). False (and nothing saved) if invalid.
    bool apply();
    // The answer to testConnectionRequested().
    void setTestConnectionResult(bool ok, const QString &message);
    void accept() override; // apply(), then close if it succeeded

Q_SIGNALS:
    void testConnectionRequested(const dnd::SettingValues &values);
    void applied(const dnd::SettingValues &values);

private:
    QWidget *buildConnectionPage();
    QWidget *buildSecurityPage(); // preferencessecuritypage.cpp, as the secrets' handling
    QWidget *buildAdvancedPage(); // preferencesadvancedpage.cpp
    // The first problem of the Advanced table (rows marked), empty if none.
    QString checkPropertiesTable() const;
    QWidget *buildDisplayPage();
    QWidget *buildSimulatorPage();
    // Adds the row "title: input" of `key` with an error label and an
    // override note under it; `row` is what the form shows (the input, or a
    // widget holding it).
    void addField(QFormLayout *form, SettingKey key, QWidget *input, QWidget *row = nullptr);
    QString checkField(SettingKey key, const SettingValues &values) const;
    void validateAll();
    void updateEnabledStates();
    void requestTest();
    void loadSecrets(const SettingValues &values);
    void onSecretRead(SettingKey key, const QString &secret);
    void saveSecrets(const SettingValues &values, const std::function<bool(SettingKey)> &keep);
    void updateKeyringNote();

    QTabWidget *m_tabs = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testResult = nullptr;
    QTimer *m_testTimeout = nullptr;
    QPointer<QSettings> m_settings;

    // Connection
    QCheckBox *m_builtIn = nullptr;
    QLineEdit *m_bootstrap = nullptr;
    QLineEdit *m_topic = nullptr;
    QLineEdit *m_groupId = nullptr;
    QComboBox *m_startFrom = nullptr;
    QComboBox *m_security = nullptr;
    QComboBox *m_sasl = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_certFile = nullptr;
    QLineEdit *m_keyFile = nullptr;
    QLineEdit *m_keyPassword = nullptr;
    QLabel *m_keyringNote = nullptr;
    PreferencesSecrets *m_secrets = nullptr;
    // Per secret: what the keyring holds (once read) and what the field
    // was given, to tell a value the user typed from one still loading.
    std::array<std::optional<QString>, SettingCount> m_storedSecrets{};
    std::array<QString, SettingCount> m_shownSecrets{};
    // Advanced
    PropertiesTableModel *m_properties = nullptr;
    QTableView *m_propertiesView = nullptr;
    QPushButton *m_addProperty = nullptr;
    QPushButton *m_removeProperty = nullptr;
    // Display
    QSpinBox *m_refreshEvery = nullptr;
    QLineEdit *m_tracked = nullptr;
    QComboBox *m_theme = nullptr;
    QLineEdit *m_archive = nullptr;
    // Simulator
    QComboBox *m_mode = nullptr;
    QDoubleSpinBox *m_rate = nullptr;
    QLineEdit *m_seed = nullptr;
    QLineEdit *m_players = nullptr;

    std::array<QWidget *, SettingCount> m_fields{};
    std::array<QLabel *, SettingCount> m_errors{};
    std::array<QLabel *, SettingCount> m_overrides{};
    SettingValues m_initial;
    std::optional<ResolvedSettings> m_resolved;
};

} // namespace dnd
