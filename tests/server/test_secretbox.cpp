#include "SecretBox.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using lp::server::SecretBox;

class TestSecretBox : public QObject
{
    Q_OBJECT
private slots:
    void sealsAndOpens()
    {
        const SecretBox box(QByteArray(SecretBox::kKeyBytes, '\x07'));
        const QString key = QStringLiteral("t0068MgAAAB2x9kQ7Yz");
        const QString sealed = box.seal(key, QStringLiteral("lic_a"));
        QVERIFY(sealed.startsWith(QLatin1String("gcm1:")));
        QVERIFY(!sealed.contains(key));
        QCOMPARE(box.open(sealed, QStringLiteral("lic_a")), std::optional<QString>(key));
        // A fresh nonce each time: equal keys do not look equal in the database.
        QVERIFY(box.seal(key, QStringLiteral("lic_a")) != sealed);
    }

    void refusesWhatItDidNotSeal()
    {
        const SecretBox box(QByteArray(SecretBox::kKeyBytes, '\x07'));
        const SecretBox otherKey(QByteArray(SecretBox::kKeyBytes, '\x08'));
        const QString sealed = box.seal(QStringLiteral("secret"), QStringLiteral("lic_a"));
        QVERIFY(!box.open(sealed, QStringLiteral("lic_b"))); // moved to another row
        QVERIFY(!otherKey.open(sealed, QStringLiteral("lic_a")));
        // One bit flipped anywhere in nonce, ciphertext or tag.
        const QByteArray raw = QByteArray::fromBase64(sealed.mid(5).toLatin1());
        for (int i = 0; i < raw.size(); ++i) {
            QByteArray flipped = raw;
            flipped[i] = static_cast<char>(flipped.at(i) ^ 0x01);
            const QString altered = QStringLiteral("gcm1:") + QString::fromLatin1(flipped.toBase64());
            QVERIFY2(!box.open(altered, QStringLiteral("lic_a")), qPrintable(QString::number(i)));
        }
        QVERIFY(!box.open(QStringLiteral("secret"), QStringLiteral("lic_a"))); // never sealed
        QVERIFY(!box.open(QStringLiteral("gcm1:AAAA"), QStringLiteral("lic_a")));
        QVERIFY(!box.open(QStringLiteral("gcm1:not base64!"), QStringLiteral("lic_a")));
    }

    void keyFileIsCreatedOwnerOnlyAndReused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/license-server.key"));
        QString error;
        const auto first = SecretBox::fromKeyFile(path, &error);
        QVERIFY2(first, qPrintable(error));
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QVERIFY(QFile::permissions(path) & QFileDevice::ReadOwner);
        QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
        const auto second = SecretBox::fromKeyFile(path, &error);
        QVERIFY(second);
        QCOMPARE(second->open(first->seal(QStringLiteral("x"), QStringLiteral("id")), QStringLiteral("id")),
                 std::optional<QString>(QStringLiteral("x")));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("sub"))).entryList(QDir::Files).size(), 1);
    }

    void badKeyFileIsRefusedWithASentence()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.key"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("c2hvcnQ=\n"); // base64 of 5 bytes
        file.close();
        QString error;
        QVERIFY(!SecretBox::fromKeyFile(path, &error));
        QVERIFY(error.contains(path));
    }

    void defaultKeyFileSitsBesideSqlite()
    {
        QCOMPARE(SecretBox::defaultKeyFile(QStringLiteral("/var/lib/lp/portal.sqlite")),
                 QStringLiteral("/var/lib/lp/portal.sqlite.key"));
        QVERIFY(SecretBox::defaultKeyFile(QStringLiteral("postgresql://u@db.example/lp"))
                    .endsWith(QLatin1String("/license-server.key")));
    }
};

QTEST_GUILESS_MAIN(TestSecretBox)
#include "test_secretbox.moc"
