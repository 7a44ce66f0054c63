// SealedBox: AES-256-GCM round trips, and every kind of alteration refused.
#include "SealedBox.h"

#include <QtTest>

using lp::SealedBox;

class TestSealedBox : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        const SealedBox box(SealedBox::randomKey());
        QVERIFY(box.isValid());
        const QByteArray clear = QByteArrayLiteral("{\"license_key\":\"t0073-secret\"}");
        const QByteArray sealed = box.seal(clear, "row-1");
        QVERIFY(!sealed.isEmpty());
        QVERIFY(!sealed.contains("t0073-secret"));
        QCOMPARE(sealed.size(), clear.size() + 12 + 16);
        QCOMPARE(box.open(sealed, "row-1"), std::optional<QByteArray>(clear));
        // A fresh nonce each time: the same value never seals to the same bytes.
        QVERIFY(box.seal(clear, "row-1") != sealed);
        // Empty values too.
        QCOMPARE(box.open(box.seal({}, "row-1"), "row-1"), std::optional<QByteArray>(QByteArray()));
    }

    void alterationsAreRefused()
    {
        const SealedBox box(SealedBox::randomKey());
        const QByteArray sealed = box.seal("the body", "row-1");
        QCOMPARE(box.open(sealed, "row-2"), std::nullopt); // moved to another row
        QCOMPARE(SealedBox(SealedBox::randomKey()).open(sealed, "row-1"), std::nullopt); // another key
        for (int at : {0, 12, int(sealed.size()) - 1}) { // nonce, ciphertext, tag
            QByteArray flipped = sealed;
            flipped[at] = char(flipped[at] ^ 0x01);
            QCOMPARE(box.open(flipped, "row-1"), std::nullopt);
        }
        QCOMPARE(box.open(sealed.left(20), "row-1"), std::nullopt);
        QCOMPARE(box.open({}, "row-1"), std::nullopt);
    }

    void invalidKeySealsNothing()
    {
        const SealedBox box(QByteArray(16, 'k'));
        QVERIFY(!box.isValid());
        QVERIFY(box.seal("the body", "row-1").isEmpty());
        QCOMPARE(box.open(QByteArray(64, 'x'), "row-1"), std::nullopt);
        QCOMPARE(SealedBox::randomKey().size(), SealedBox::kKeyBytes);
        QVERIFY(SealedBox::randomKey() != SealedBox::randomKey());
    }
};

QTEST_GUILESS_MAIN(TestSealedBox)
#include "test_sealedbox.moc"
