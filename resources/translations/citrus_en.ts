<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ContractDialog</name>
    <message numerus="yes">
        <source>Covers %Ln item(s)</source>
        <translation>
            <numerusform>Covers %Ln item</numerusform>
            <numerusform>Covers %Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContractList</name>
    <message numerus="yes">
        <source>Delete %n contract(s)?</source>
        <translation>
            <numerusform>Delete %n contract?</numerusform>
            <numerusform>Delete %n contracts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) deleted.</source>
        <translation>
            <numerusform>%n contract deleted.</numerusform>
            <numerusform>%n contracts deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerList</name>
    <message numerus="yes">
        <source>Delete %n customer(s)?</source>
        <translation>
            <numerusform>Delete %n customer?</numerusform>
            <numerusform>Delete %n customers?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) deleted.</source>
        <translation>
            <numerusform>%n customer deleted.</numerusform>
            <numerusform>%n customers deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpiryNotice</name>
    <message numerus="yes">
        <source>%Ln contract(s) end within 30 days</source>
        <translation>
            <numerusform>%Ln contract ends within 30 days</numerusform>
            <numerusform>%Ln contracts end within 30 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpiryWords</name>
    <message numerus="yes">
        <source>Ended %n day(s) ago</source>
        <translation>
            <numerusform>Ended %n day ago</numerusform>
            <numerusform>Ended %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ends in %n day(s)</source>
        <translation>
            <numerusform>Ends in %n day</numerusform>
            <numerusform>Ends in %n days</numerusform>
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
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message numerus="yes">
        <source>%n row(s) below the header row.</source>
        <translation>
            <numerusform>%n row below the header row.</numerusform>
            <numerusform>%n rows below the header row.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InventoryList</name>
    <message numerus="yes">
        <source>Delete %n item(s)?</source>
        <translation>
            <numerusform>Delete %n item?</numerusform>
            <numerusform>Delete %n items?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make labels for all %n item(s) shown?</source>
        <translation>
            <numerusform>Make labels for all %n item shown?</numerusform>
            <numerusform>Make labels for all %n items shown?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) deleted.</source>
        <translation>
            <numerusform>%n item deleted.</numerusform>
            <numerusform>%n items deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message numerus="yes">
        <source>%n label(s), one a page</source>
        <translation>
            <numerusform>%n label, one a page</numerusform>
            <numerusform>%n labels, one a page</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n label</numerusform>
            <numerusform>%n labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s)</source>
        <translation>
            <numerusform>%n sheet</numerusform>
            <numerusform>%n sheets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) carry the QR code alone: Code 128 cannot hold characters beyond ASCII (%1).</source>
        <translation>
            <numerusform>%n label carries the QR code alone: Code 128 cannot hold characters beyond ASCII (%1).</numerusform>
            <numerusform>%n labels carry the QR code alone: Code 128 cannot hold characters beyond ASCII (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) carry the QR code alone: the serial is too long for a Code 128 on this label (%1).</source>
        <translation>
            <numerusform>%n label carries the QR code alone: the serial is too long for a Code 128 on this label (%1).</numerusform>
            <numerusform>%n labels carry the QR code alone: the serial is too long for a Code 128 on this label (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <source>Delete %n record(s)?</source>
        <translation>
            <numerusform>Delete %n record?</numerusform>
            <numerusform>Delete %n records?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted.</source>
        <translation>
            <numerusform>%n record deleted.</numerusform>
            <numerusform>%n records deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) match “%1”</source>
        <translation>
            <numerusform>%Ln record match “%1”</numerusform>
            <numerusform>%Ln records match “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <source>%n row(s) in error saved to %1.</source>
        <translation>
            <numerusform>%n row in error saved to %1.</numerusform>
            <numerusform>%n rows in error saved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductTypeList</name>
    <message numerus="yes">
        <source>Delete %n type(s)?</source>
        <translation>
            <numerusform>Delete %n type?</numerusform>
            <numerusform>Delete %n types?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n type(s) deleted.</source>
        <translation>
            <numerusform>%n type deleted.</numerusform>
            <numerusform>%n types deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecycleBinPage</name>
    <message numerus="yes">
        <source>%n record(s) restored.</source>
        <translation>
            <numerusform>%n record restored.</numerusform>
            <numerusform>%n records restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n record(s) for good?</source>
        <translation>
            <numerusform>Erase %n record for good?</numerusform>
            <numerusform>Erase %n records for good?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) purged.</source>
        <translation>
            <numerusform>%n record purged.</numerusform>
            <numerusform>%n records purged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message numerus="yes">
        <source>%n backup(s) in %1</source>
        <translation>
            <numerusform>%n backup in %1</numerusform>
            <numerusform>%n backups in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteList</name>
    <message numerus="yes">
        <source>Delete %n site(s)?</source>
        <translation>
            <numerusform>Delete %n site?</numerusform>
            <numerusform>Delete %n sites?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) deleted.</source>
        <translation>
            <numerusform>%n site deleted.</numerusform>
            <numerusform>%n sites deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stock-take(s) of the site go to the recycle bin too, and come back on Restore or Ctrl+Z.</source>
        <translation>
            <numerusform>%n stock-take of the site goes to the recycle bin too, and comes back on Restore or Ctrl+Z.</numerusform>
            <numerusform>%n stock-takes of the site go to the recycle bin too, and come back on Restore or Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message numerus="yes">
        <source>Take every role from %n user(s)?</source>
        <translation>
            <numerusform>Take every role from %n user?</numerusform>
            <numerusform>Take every role from %n users?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StockTakeWindow</name>
    <message numerus="yes">
        <source>%n item(s) moved to this site.</source>
        <translation>
            <numerusform>%n item moved to this site.</numerusform>
            <numerusform>%n items moved to this site.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expected item(s) were not found; they are recorded as not found.</source>
        <translation>
            <numerusform>%n expected item was not found; it is recorded as not found.</numerusform>
            <numerusform>%n expected items were not found; they are recorded as not found.</numerusform>
        </translation>
    </message>
</context>
</TS>
