#include "OfflinePane.h"

#include "DeviceFingerprint.h"
#include "DisplayDate.h"
#include "LicenseModel.h"
#include "OfflineActivation.h"
#include "OfflineVerificationText.h"
#include "PaneWidgets.h"
#include "PortalPalette.h"

#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace lp::ui {

namespace {
// Request and license files are a few hundred bytes; anything much larger is not one.
constexpr qint64 kMaxFileBytes = 64 * 1024;

bool readSmallFile(const QString& path, QByteArray* bytes, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = OfflinePane::tr("%1 could not be read: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > kMaxFileBytes) {
        *error = OfflinePane::tr("%1 is too large to be an offline activation file.").arg(path);
        return false;
    }
    *bytes = file.readAll();
    return true;
}

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}
} // namespace

OfflinePane::OfflinePane(LicenseModel* licenses, OfflineActivation* activation, QWidget* parent)
    : QWidget(parent)
    , m_licenses(licenses)
    , m_activation(activation)
{
    setObjectName(QStringLiteral("offlinePane"));
    setAcceptDrops(true);

    auto* intro
        = new QLabel(tr("For devices that never reach the internet: issue a signed license file for the "
                        "device's hash and copy it to the device. Drop a request or license file anywhere "
                        "on this pane."),
                     this);
    intro->setWordWrap(true);

    // Issue.
    auto* issueBox = new QGroupBox(tr("Issue an offline license"), this);
    m_licenseCombo = makeLicenseCombo(issueBox, m_licenses, LicenseChoice::PerDevice,
                                      QStringLiteral("offlineLicenseCombo"));
    m_hashEdit = new QLineEdit(issueBox);
    m_hashEdit->setObjectName(QStringLiteral("offlineHashEdit"));
    m_hashEdit->setPlaceholderText(tr("64 hexadecimal characters, or import the device's request file"));
    m_hashEdit->setAccessibleName(tr("Device hash"));
    m_hashEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("(sha256:)?[0-9A-Fa-f ]{0,80}")), m_hashEdit));
    auto* importButton = new QPushButton(tr("&Import Request File…"), issueBox);
    importButton->setObjectName(QStringLiteral("offlineImportButton"));
    auto* hashRow = new QHBoxLayout;
    hashRow->addWidget(m_hashEdit, 1);
    hashRow->addWidget(importButton);
    m_platformEdit = new QLineEdit(issueBox);
    m_platformEdit->setObjectName(QStringLiteral("offlinePlatformEdit"));
    m_platformEdit->setMaxLength(64);
    m_platformEdit->setPlaceholderText(tr("e.g. Windows 11, Android 14"));
    m_nameEdit = new QLineEdit(issueBox);
    m_nameEdit->setObjectName(QStringLiteral("offlineNameEdit"));
    m_nameEdit->setMaxLength(128);
    m_nameEdit->setPlaceholderText(tr("optional: how the device shows in the devices list"));
    m_validityCombo = new QComboBox(issueBox);
    m_validityCombo->setObjectName(QStringLiteral("offlineValidityCombo"));
    m_validityCombo->addItem(tr("30 days"), 30);
    m_validityCombo->addItem(tr("90 days"), 90);
    m_validityCombo->addItem(tr("6 months"), 182);
    m_validityCombo->addItem(tr("1 year"), 365);
    m_validityCombo->addItem(tr("2 years"), 730);
    m_validityCombo->addItem(tr("3 years"), 1095);
    m_validityCombo->setCurrentIndex(3);
    m_validityCombo->setToolTip(tr("The file ends with the key's term at the latest."));

    auto* form = new QFormLayout;
    form->addRow(tr("&License:"), m_licenseCombo);
    auto* hashLabel = new QLabel(tr("&Device hash:"), issueBox);
    hashLabel->setBuddy(m_hashEdit);
    form->addRow(hashLabel, hashRow);
    form->addRow(tr("&Platform:"), m_platformEdit);
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(tr("&Valid for:"), m_validityCombo);

    m_issueButton = new QPushButton(tr("Issue Offline &License"), issueBox);
    m_issueButton->setObjectName(QStringLiteral("offlineIssueButton"));
    m_issueButton->setDefault(true);
    m_saveButton = new QPushButton(tr("&Save Signed File…"), issueBox);
    m_saveButton->setObjectName(QStringLiteral("offlineSaveButton"));
    m_saveButton->setEnabled(false);
    m_issueResult = new QLabel(issueBox);
    m_issueResult->setObjectName(QStringLiteral("offlineIssueResult"));
    m_issueResult->setWordWrap(true);
    m_issueResult->setTextFormat(Qt::PlainText);
    m_issueResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* issueButtons = new QHBoxLayout;
    issueButtons->addWidget(m_issueButton);
    issueButtons->addWidget(m_saveButton);
    issueButtons->addStretch(1);
    auto* issueLayout = new QVBoxLayout(issueBox);
    issueLayout->addLayout(form);
    issueLayout->addLayout(issueButtons);
    issueLayout->addWidget(m_issueResult);

    // Verify.
    auto* verifyBox = new QGroupBox(tr("Verify an offline license file"), this);
    m_verifyHashEdit = new QLineEdit(verifyBox);
    m_verifyHashEdit->setObjectName(QStringLiteral("offlineVerifyHashEdit"));
    m_verifyHashEdit->setPlaceholderText(tr("optional: the device hash the file must be for"));
    m_verifyHashEdit->setAccessibleName(tr("Device hash to check"));
    auto* thisComputer = new QPushButton(tr("This &Computer"), verifyBox);
    thisComputer->setObjectName(QStringLiteral("offlineThisComputerButton"));
    thisComputer->setToolTip(tr("Check the file against this computer's device hash"));
    auto* verifyButton = new QPushButton(tr("&Verify a File…"), verifyBox);
    verifyButton->setObjectName(QStringLiteral("offlineVerifyButton"));
    m_verifyResult = new QLabel(verifyBox);
    m_verifyResult->setObjectName(QStringLiteral("offlineVerifyResult"));
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setTextFormat(Qt::RichText);
    m_verifyResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* verifyRow = new QHBoxLayout;
    verifyRow->addWidget(new QLabel(tr("Device:"), verifyBox));
    verifyRow->addWidget(m_verifyHashEdit, 1);
    verifyRow->addWidget(thisComputer);
    verifyRow->addWidget(verifyButton);
    auto* verifyLayout = new QVBoxLayout(verifyBox);
    verifyLayout->addLayout(verifyRow);
    verifyLayout->addWidget(m_verifyResult);

    m_busyBar = makeBusyBar(this, QStringLiteral("offlineBusyBar"), tr("Working"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_busyBar);
    layout->addWidget(intro);
    layout->addWidget(issueBox);
    layout->addWidget(verifyBox);
    layout->addStretch(1);

    connect(importButton, &QPushButton::clicked, this, &OfflinePane::chooseRequestFile);
    connect(verifyButton, &QPushButton::clicked, this, &OfflinePane::chooseFileToVerify);
    connect(m_saveButton, &QPushButton::clicked, this, &OfflinePane::chooseSaveFile);
    connect(thisComputer, &QPushButton::clicked, this,
            [this] { m_verifyHashEdit->setText(DeviceFingerprint::thisMachine()); });
    connect(m_issueButton, &QPushButton::clicked, this, [this] {
        m_activation->setPlatform(m_platformEdit->text());
        m_activation->setDeviceName(m_nameEdit->text());
        m_activation->setValidityDays(m_validityCombo->currentData().toInt());
        m_issueResult->clear();
        m_saveButton->setEnabled(false);
        m_activation->issue(licenseIdIn(m_licenseCombo));
    });
    connect(m_hashEdit, &QLineEdit::textChanged, this, &OfflinePane::updateIssueButton);
    connect(m_platformEdit, &QLineEdit::textChanged, this, &OfflinePane::updateIssueButton);
    connect(m_licenseCombo, &QComboBox::currentIndexChanged, this, &OfflinePane::updateIssueButton);
    connect(m_activation, &OfflineActivation::busyChanged, this, [this](bool busy) {
        m_busyBar->setVisible(busy);
        updateIssueButton();
    });
    connect(m_activation, &OfflineActivation::issued, this, &OfflinePane::onIssued);
    connect(m_activation, &OfflineActivation::verified, this, &OfflinePane::onVerified);
    connect(m_activation, &OfflineActivation::issueFailed, this,
            [this](const QString& text) { showError(m_issueResult, text); });
    connect(m_activation, &OfflineActivation::verifyFailed, this,
            [this](const QString& text) { showError(m_verifyResult, text); });
    updateIssueButton();
}

void OfflinePane::updateIssueButton()
{
    const bool hashOk = m_activation->setDeviceHash(m_hashEdit->text());
    m_activation->setPlatform(m_platformEdit->text());
    m_issueButton->setEnabled(hashOk && !m_platformEdit->text().trimmed().isEmpty()
                              && m_licenseCombo->currentIndex() >= 0 && !m_activation->isBusy());
    if (m_licenseCombo->count() == 0) {
        m_issueButton->setToolTip(tr("Offline licenses are for per-device keys; this account has none."));
    } else if (!hashOk) {
        m_issueButton->setToolTip(
            tr("Give the device hash (64 hexadecimal characters) or import its request file."));
    } else {
        m_issueButton->setToolTip({});
    }
}

bool OfflinePane::importRequest(const QString& path)
{
    QByteArray bytes;
    QString error;
    if (!readSmallFile(path, &bytes, &error) || !m_activation->loadRequestFile(bytes, &error)) {
        showError(m_issueResult, error);
        return false;
    }
    // A copy: filling the fields below writes them back into the activation.
    const proto::OfflineActivationRequest request = m_activation->request();
    m_hashEdit->setText(request.deviceHash);
    m_platformEdit->setText(request.platform);
    m_nameEdit->setText(request.name);
    m_verifyHashEdit->setText(request.deviceHash);
    // The nearest offered validity not longer than asked for.
    int best = 0;
    for (int i = 0; i < m_validityCombo->count(); ++i) {
        if (m_validityCombo->itemData(i).toInt() <= request.validityDays) {
            best = i;
        }
    }
    m_validityCombo->setCurrentIndex(best);
    m_issueResult->setText(
        tr("Request of device %1… imported (asks for %n day(s)).", nullptr, request.validityDays)
            .arg(request.deviceHash.left(12)));
    m_issueResult->setForegroundRole(QPalette::WindowText);
    return true;
}

void OfflinePane::onIssued(const proto::OfflineLicensePayload& payload)
{
    m_issueResult->setForegroundRole(QPalette::WindowText);
    m_issueResult->setText(
        tr("Issued for device %1…, valid from %2 until %3, signed with key %4. It takes one "
           "seat and is listed with the key's devices. Save it and copy it to the device.")
            .arg(payload.deviceHash.left(12), displayDate(payload.notBefore), displayDate(payload.expiresAt),
                 payload.keyId));
    m_saveButton->setEnabled(true);
    m_saveButton->setFocus();
    emit message(tr("Offline license issued"));
}

bool OfflinePane::saveIssued(const QString& path)
{
    QString error;
    if (!OfflineActivation::saveFile(path, m_activation->issuedFile(), &error)) {
        showError(m_issueResult, error);
        return false;
    }
    emit message(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void OfflinePane::verifyFile(const QString& path)
{
    QByteArray bytes;
    QString error;
    if (!readSmallFile(path, &bytes, &error)) {
        showError(m_verifyResult, error);
        return;
    }
    m_verifyResult->setText(tr("Verifying…"));
    m_activation->verify(bytes, m_verifyHashEdit->text().trimmed().toLower());
}

void OfflinePane::onVerified(const OfflineVerification& result, bool keysFromServer)
{
    const QString good = statusColor(LicenseModel::StatusKind::Active, palette()).name();
    const QString bad = errorColor(palette()).name();
    QString html = QStringLiteral("<p><b>%1</b></p><ul>")
                       .arg(result.accepted() ? tr("This offline license is valid.")
                                              : tr("This offline license must not be used."));
    for (const QString& sentence : describeVerification(result)) {
        html += QStringLiteral("<li>%1</li>").arg(sentence.toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    if (!keysFromServer) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("The server could not be reached: checked with the signing keys fetched before.")
                             .toHtmlEscaped());
    }
    m_verifyResult->setText(
        QStringLiteral("<div style=\"color:%1\">%2</div>").arg(result.accepted() ? good : bad, html));
}

void OfflinePane::showError(QLabel* label, const QString& text)
{
    // The verify label shows rich text (its list of findings): a message in it is escaped first.
    label->setText(label->textFormat() == Qt::RichText ? text.toHtmlEscaped() : text);
}

void OfflinePane::chooseRequestFile()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Import Activation Request"), documentsFolder(),
                                       tr("Activation requests (*.json *.lpreq);;All files (*)"));
    if (!path.isEmpty()) {
        importRequest(path);
    }
}

void OfflinePane::chooseFileToVerify()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Verify Offline License"), documentsFolder(),
                                                      tr("Offline licenses (*.json *.lplic);;All files (*)"));
    if (!path.isEmpty()) {
        verifyFile(path);
    }
}

void OfflinePane::chooseSaveFile()
{
    const QString suggested = documentsFolder() + QLatin1Char('/')
        + QStringLiteral("offline-license-%1.json").arg(m_activation->request().deviceHash.left(12));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Offline License"), suggested,
                                                      tr("Offline licenses (*.json)"));
    if (!path.isEmpty()) {
        saveIssued(path);
    }
}

void OfflinePane::dragEnterEvent(QDragEnterEvent* event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
    }
}

void OfflinePane::dropEvent(QDropEvent* event)
{
    const QString path = event->mimeData()->urls().value(0).toLocalFile();
    QByteArray bytes;
    QString error;
    if (!readSmallFile(path, &bytes, &error)) {
        showError(m_issueResult, error);
        return;
    }
    event->acceptProposedAction();
    // A signed file has a signature; anything else is taken for a request (and said so if it is not one).
    if (bytes.contains("\"signature\"")) {
        verifyFile(path);
    } else {
        importRequest(path);
    }
}

} // namespace lp::ui
