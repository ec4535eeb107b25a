// SPDX-License-Identifier: MIT
// The preferences' Advanced page: librdkafka properties typed into a table
// are checked as -X checks them (librdkafka's own message, the row named;
// the app's own properties refused with why), saved as kafka/properties and
// shown again; rows are added and removed with the page's buttons.
#include "connectionsettings.h"
#include "preferencesdialog.h"
#include "propertiestablemodel.h"
#include "settingsstore.h"
#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace dnd;
using namespace Qt::StringLiterals;

class Tst_PreferencesAdvanced : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void refusedRow_data();
    void refusedRow();
    void savedAndShownAgain();
    void removeRow();

private:
    // Adds a row with the Add button and types into its two cells, as a user.
    void typeRow(const QString &key, const QString &value);
    void typeCell(int row, int column, const QString &text);
    QString iniPath() const { return m_dir->filePath(u"prefs.ini"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<PreferencesDialog> m_dialog;
};

void Tst_PreferencesAdvanced::initTestCase()
{
    // What the app installs (guientry.cpp): librdkafka judges.
    PreferencesDialog::setPropertyChecker(
        [](const QList<KafkaProperty> &properties) { return checkUserProperties({}, properties); });
}

void Tst_PreferencesAdvanced::init()
{
    m_dialog.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(iniPath(), QSettings::IniFormat);
    m_dialog = std::make_unique<PreferencesDialog>();
    m_dialog->setSettings(m_settings.get());
    m_dialog->setPreferences(SettingValues());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QTabWidget *tabs = m_dialog->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabText(i) == u"Advanced"_s)
            tabs->setCurrentIndex(i);
    }
    QVERIFY(m_dialog->propertiesView()->isVisible());
    new QAbstractItemModelTester(m_dialog->propertiesModel(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_dialog.get());
}

void Tst_PreferencesAdvanced::typeCell(int row, int column, const QString &text)
{
    // What the view's delegate does when an edit is committed.
    QTableView *view = m_dialog->propertiesView();
    const QModelIndex index = view->model()->index(row, column);
    view->setCurrentIndex(index);
    QVERIFY(index.flags() & Qt::ItemIsEditable);
    QVERIFY(view->model()->setData(index, text) || index.data().toString() == text);
    QCOMPARE(index.data().toString(), text);
}

void Tst_PreferencesAdvanced::typeRow(const QString &key, const QString &value)
{
    const int rows = m_dialog->propertiesModel()->rowCount();
    QTest::mouseClick(m_dialog->addPropertyButton(), Qt::LeftButton);
    QCOMPARE(m_dialog->propertiesModel()->rowCount(), rows + 1);
    typeCell(rows, PropertiesTableModel::KeyColumn, key);
    typeCell(rows, PropertiesTableModel::ValueColumn, value);
}

void Tst_PreferencesAdvanced::refusedRow_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("reason"); // a fragment of the message
    QTest::newRow("unknown key") << u"no.such.property"_s << u"1"_s
                                 << u"No such configuration property: \"no.such.property\""_s;
    QTest::newRow("bad value") << u"fetch.wait.max.ms"_s << u"soon"_s << u"Invalid value"_s;
    QTest::newRow("the app's group id")
        << u"group.id"_s << u"x"_s << u"set by the app itself; use --group"_s;
    QTest::newRow("the app's commits")
        << u"enable.auto.commit"_s << u"true"_s << u"set by the app itself"_s;
    QTest::newRow("not a key") << u"bad key!"_s << u"1"_s << u"expected key=value"_s;
}

void Tst_PreferencesAdvanced::refusedRow()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, reason);
    typeRow(u"client.rack"_s, u"rack-1"_s); // a good row first: the bad one is row 2
    QVERIFY(m_dialog->isInputValid());
    typeRow(key, value);

    QLabel *error = m_dialog->errorLabel(SettingKey::KafkaProperties);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(reason), qPrintable(error->text()));
    QVERIFY2(error->text().contains(u"ow 2"_s), qPrintable(error->text())); // "Row 2", "row 2"
    QVERIFY(!m_dialog->okButton()->isEnabled());
    QVERIFY(!m_dialog->applyButton()->isEnabled());
    // The row itself says why; the good one does not.
    PropertiesTableModel *model = m_dialog->propertiesModel();
    QVERIFY(model->index(1, 0).data(Qt::ToolTipRole).toString().contains(reason));
    QVERIFY(!model->index(0, 0).data(Qt::ToolTipRole).isValid());
    QVERIFY(!m_dialog->apply());
    QVERIFY(!m_settings->contains(u"kafka/properties"_s));

    // Fixed: accepted.
    typeCell(1, PropertiesTableModel::KeyColumn, u"socket.timeout.ms"_s);
    typeCell(1, PropertiesTableModel::ValueColumn, u"5000"_s);
    QVERIFY2(m_dialog->isInputValid(), qPrintable(error->text()));
    QVERIFY(!error->isVisible());
}

void Tst_PreferencesAdvanced::savedAndShownAgain()
{
    QSignalSpy applied(m_dialog.get(), &PreferencesDialog::applied);
    typeRow(u"client.rack"_s, u"rack-1"_s);
    typeRow(u"socket.timeout.ms"_s, u"5000"_s);
    QVERIFY(m_dialog->okButton()->isEnabled());
    QTest::mouseClick(m_dialog->applyButton(), Qt::LeftButton);
    QCOMPARE(applied.size(), 1);
    const QString expected = u"client.rack=rack-1\nsocket.timeout.ms=5000"_s;
    QCOMPARE(applied.first().first().value<SettingValues>().value(SettingKey::KafkaProperties),
             expected);

    // Saved where -X's list is saved, read back by the next run.
    QSettings reread(iniPath(), QSettings::IniFormat);
    QCOMPARE(reread.value(u"kafka/properties"_s).toStringList(),
             (QStringList{u"client.rack=rack-1"_s, u"socket.timeout.ms=5000"_s}));
    SettingInputs inputs;
    inputs.preferences = SettingsStore(reread).read();
    const SettingValues saved = ResolvedSettings::resolve(inputs).values();
    QCOMPARE(saved.value(SettingKey::KafkaProperties), expected);

    PreferencesDialog again;
    again.setPreferences(saved);
    PropertiesTableModel *model = again.propertiesModel();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(1, PropertiesTableModel::KeyColumn).data().toString(),
             u"socket.timeout.ms"_s);
    QCOMPARE(model->index(1, PropertiesTableModel::ValueColumn).data().toString(), u"5000"_s);
}

void Tst_PreferencesAdvanced::removeRow()
{
    typeRow(u"client.rack"_s, u"rack-1"_s);
    typeRow(u"no.such.property"_s, u"1"_s);
    QVERIFY(!m_dialog->isInputValid());
    m_dialog->propertiesView()->setCurrentIndex(m_dialog->propertiesModel()->index(1, 0));
    QTest::mouseClick(m_dialog->removePropertyButton(), Qt::LeftButton);
    QCOMPARE(m_dialog->propertiesModel()->rowCount(), 1);
    QVERIFY(m_dialog->isInputValid());
    QCOMPARE(m_dialog->preferences().value(SettingKey::KafkaProperties), u"client.rack=rack-1"_s);
}

DND_TEST_MAIN(Tst_PreferencesAdvanced)
#include "tst_preferencesadvanced.moc"
