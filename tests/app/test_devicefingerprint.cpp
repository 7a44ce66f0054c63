#include "DeviceFingerprint.h"
#include "DeviceRegistration.h"

#include <QFile>
#include <QSysInfo>
#include <QtTest>

using lp::DeviceFingerprint;

class TestDeviceFingerprint : public QObject
{
    Q_OBJECT
private slots:
    void knownAnswer()
    {
        // Computed independently: sha256(b"LicensePortal device v1\0" + b"0123…cdef") in Python. A device
        // SDK computing the hash elsewhere must arrive at exactly this.
        QCOMPARE(DeviceFingerprint::hashOf("0123456789abcdef0123456789abcdef"),
                 QStringLiteral("eb6e27eca2288460f7fbd803dadf5382211bad3d13588292b13faef82e4b031d"));
    }

    void thisMachineIsStableAndHidesTheId()
    {
        const QByteArray id = QSysInfo::machineUniqueId();
        if (id.isEmpty()) {
            QVERIFY(DeviceFingerprint::thisMachine().isEmpty());
            return;
        }
        const QString hash = DeviceFingerprint::thisMachine();
        QVERIFY(lp::proto::isDeviceHash(hash));
        QCOMPARE(hash, hash.toLower());
        QCOMPARE(DeviceFingerprint::thisMachine(), hash);
        QCOMPARE(hash, DeviceFingerprint::hashOf(id));
        QVERIFY(!hash.contains(QString::fromLatin1(id)));
#ifdef Q_OS_LINUX
        // On Linux the id is systemd's machine-id, which the hash must not simply be the digest of.
        QFile machineId(QStringLiteral("/etc/machine-id"));
        if (machineId.open(QIODevice::ReadOnly)) {
            const QByteArray raw = machineId.readAll().trimmed();
            QCOMPARE(raw, id);
            QVERIFY(
                hash
                != QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex()));
        }
#endif
    }

    void shape_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("isHash");
        QTest::newRow("hash") << QString(64, QLatin1Char('a')) << true;
        QTest::newRow("upper") << QString(64, QLatin1Char('F')) << true;
        QTest::newRow("short") << QString(63, QLatin1Char('a')) << false;
        QTest::newRow("long") << QString(65, QLatin1Char('a')) << false;
        QTest::newRow("not hex") << QString(64, QLatin1Char('g')) << false;
        QTest::newRow("empty") << QString() << false;
    }
    void shape()
    {
        QFETCH(QString, text);
        QFETCH(bool, isHash);
        QCOMPARE(lp::proto::isDeviceHash(text), isHash);
    }
};

QTEST_GUILESS_MAIN(TestDeviceFingerprint)
#include "test_devicefingerprint.moc"
