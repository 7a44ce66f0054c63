<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>Too many sign-in attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many sign-in attempts. Try again in %n minute.</numerusform>
            <numerusform>Too many sign-in attempts. Try again in %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardForm</name>
    <message numerus="yes">
        <source>A %1 card number has %n digits.</source>
        <translation>
            <numerusform>A %1 card number has %n digit.</numerusform>
            <numerusform>A %1 card number has %n digits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The security code has %n digits.</source>
        <translation>
            <numerusform>The security code has %n digit.</numerusform>
            <numerusform>The security code has %n digits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavingEstimate</name>
    <message numerus="yes">
        <source>There were no scans in the last %n day(s), so there is no usage to estimate a saving from.</source>
        <translation>
            <numerusform>There were no scans in the last %n day, so there is no usage to estimate a saving from.</numerusform>
            <numerusform>There were no scans in the last %n days, so there is no usage to estimate a saving from.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1% of the scans of the last %n day(s) (%2 of %3)</source>
        <translation>
            <numerusform>%1% of the scans of the last %n day (%2 of %3)</numerusform>
            <numerusform>%1% of the scans of the last %n days (%2 of %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These formats include every format scanned in the last %n day(s), so they would have saved none of the %1 scans in that time.</source>
        <translation>
            <numerusform>These formats include every format scanned in the last %n day, so they would have saved none of the %1 scans in that time.</numerusform>
            <numerusform>These formats include every format scanned in the last %n days, so they would have saved none of the %1 scans in that time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lp</name>
    <message numerus="yes">
        <source>Every %n month(s)</source>
        <translation>
            <numerusform>Every %n month</numerusform>
            <numerusform>Every %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lp::AlertMonitor</name>
    <message numerus="yes">
        <source>License expires in %n day(s)</source>
        <translation>
            <numerusform>License expires in %n day</numerusform>
            <numerusform>License expires in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lp::CheckoutText</name>
    <message numerus="yes">
        <source>Renewal for %n year(s)</source>
        <translation>
            <numerusform>Renewal for %n year</numerusform>
            <numerusform>Renewal for %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more device(s)</source>
        <translation>
            <numerusform>%n more device</numerusform>
            <numerusform>%n more devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Device refresh every %n month(s)</source>
        <translation>
            <numerusform>Device refresh every %n month</numerusform>
            <numerusform>Device refresh every %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lp::DeviceCsvExport</name>
    <message numerus="yes">
        <source>Exported %n device(s) to %1.</source>
        <translation>
            <numerusform>Exported %n device to %1.</numerusform>
            <numerusform>Exported %n devices to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lp::DeviceListModel</name>
    <message numerus="yes">
        <source>Lease expired %n day(s) ago</source>
        <translation>
            <numerusform>Lease expired %n day ago</numerusform>
            <numerusform>Lease expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>May stay offline %n more hour(s)</source>
        <translation>
            <numerusform>May stay offline %n more hour</numerusform>
            <numerusform>May stay offline %n more hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>May stay offline %n more day(s)</source>
        <translation>
            <numerusform>May stay offline %n more day</numerusform>
            <numerusform>May stay offline %n more days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lp::LicenseModel</name>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Expires in %n day</numerusform>
            <numerusform>Expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Devices inactive since the last refresh are released every %n month(s).</source>
        <translation>
            <numerusform>Devices inactive since the last refresh are released every %n month.</numerusform>
            <numerusform>Devices inactive since the last refresh are released every %n months.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lp::RenewalsModel</name>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lp::ui::CheckoutChoosePage</name>
    <message numerus="yes">
        <source>Devices are refreshed every %n month(s) already, the shortest cadence.</source>
        <translation>
            <numerusform>Devices are refreshed every %n month already, the shortest cadence.</numerusform>
            <numerusform>Devices are refreshed every %n months already, the shortest cadence.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lp::ui::DevicesPane</name>
    <message numerus="yes">
        <source>Next device refresh on %1 (every %n month(s)).</source>
        <translation>
            <numerusform>Next device refresh on %1 (every %n month).</numerusform>
            <numerusform>Next device refresh on %1 (every %n months).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n device hash(es).</source>
        <translation>
            <numerusform>Copied %n device hash.</numerusform>
            <numerusform>Copied %n device hashes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln device</numerusform>
            <numerusform>%Ln devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It will release %Ln device(s) not seen since %1, unless they check in before.</source>
        <translation>
            <numerusform>It will release %Ln device not seen since %1, unless they check in before.</numerusform>
            <numerusform>It will release %Ln devices not seen since %1, unless they check in before.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lp::ui::LicenseDetailsPanel</name>
    <message numerus="yes">
        <source>Copy the full runtime license key to the clipboard for %n seconds</source>
        <translation>
            <numerusform>Copy the full runtime license key to the clipboard for %n second</numerusform>
            <numerusform>Copy the full runtime license key to the clipboard for %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n device(s)</source>
        <translation>
            <numerusform>%1 of %n device</numerusform>
            <numerusform>%1 of %n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s)</source>
        <translation>
            <numerusform>Every %n month</numerusform>
            <numerusform>Every %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>License key copied. It is removed from the clipboard in %n second(s).</source>
        <translation>
            <numerusform>License key copied. It is removed from the clipboard in %n second.</numerusform>
            <numerusform>License key copied. It is removed from the clipboard in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lp::ui::LicenseKeysPane</name>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s)</source>
        <translation>
            <numerusform>%1 of %n key</numerusform>
            <numerusform>%1 of %n keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lp::ui::OfflinePane</name>
    <message numerus="yes">
        <source>Request of device %1… imported (asks for %n day(s)).</source>
        <translation>
            <numerusform>Request of device %1… imported (asks for %n day).</numerusform>
            <numerusform>Request of device %1… imported (asks for %n days).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lp::ui::RegionEditor</name>
    <message numerus="yes">
        <source>At most %n scan regions can be set.</source>
        <translation>
            <numerusform>At most %n scan region can be set.</numerusform>
            <numerusform>At most %n scan regions can be set.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lp::ui::ScanSettingsDialog</name>
    <message numerus="yes">
        <source>%Ln scan(s) in the last %1 days</source>
        <translation>
            <numerusform>%Ln scan in the last %1 days</numerusform>
            <numerusform>%Ln scans in the last %1 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lp::ui::TermsView</name>
    <message numerus="yes">
        <source>Every %n month(s)</source>
        <translation>
            <numerusform>Every %n month</numerusform>
            <numerusform>Every %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lp::ui::UsagePane</name>
    <message numerus="yes">
        <source>%1: %Ln scan(s)</source>
        <extracomment>Hovering the usage trend: bucket, then the number of scans in it</extracomment>
        <translation>
            <numerusform>%1: %Ln scan</numerusform>
            <numerusform>%1: %Ln scans</numerusform>
        </translation>
    </message>
</context>
</TS>
