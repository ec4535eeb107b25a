<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>dnd::CampaignSelector</name>
    <message numerus="yes">
        <source>%1 · %Ln event(s)</source>
        <translation>
            <numerusform>%1 · %Ln event</numerusform>
            <numerusform>%1 · %Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dnd::ConsumerStatus</name>
    <message numerus="yes">
        <source>; %n event(s) gone from the broker before they were read</source>
        <translation>
            <numerusform>; %n event gone from the broker before it was read</numerusform>
            <numerusform>; %n events gone from the broker before they were read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dnd::EmbeddedBroker</name>
    <message numerus="yes">
        <source>%n broker(s)</source>
        <translation>
            <numerusform>%n broker</numerusform>
            <numerusform>%n brokers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s)</source>
        <translation>
            <numerusform>%n partition</numerusform>
            <numerusform>%n partitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cannot create topic &quot;%1&quot; with %n partition(s): %2</source>
        <translation>
            <numerusform>Cannot create topic &quot;%1&quot; with %n partition: %2</numerusform>
            <numerusform>Cannot create topic &quot;%1&quot; with %n partitions: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dnd::HistoryModel</name>
    <message numerus="yes">
        <source>%1, %2 to %3, %Ln event(s) in all</source>
        <translation>
            <numerusform>%1, %2 to %3, %Ln event in all</numerusform>
            <numerusform>%1, %2 to %3, %Ln events in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dnd::MainWindow</name>
    <message numerus="yes">
        <source>%n more player(s) in the Overview…</source>
        <translation>
            <numerusform>%n more player in the Overview…</numerusform>
            <numerusform>%n more players in the Overview…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dnd::PlayerTab</name>
    <message numerus="yes">
        <source>p %1 (Holm, %n test(s)), %2</source>
        <translation>
            <numerusform>p %1 (Holm, %n test), %2</numerusform>
            <numerusform>p %1 (Holm, %n tests), %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n roll(s)</source>
        <translation>
            <numerusform>%n roll</numerusform>
            <numerusform>%n rolls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>p-values corrected with Holm&apos;s method across the %n test(s) shown at once (every tested die of every player tab).</source>
        <translation>
            <numerusform>p-values corrected with Holm&apos;s method across the %n test shown at once (every tested die of every player tab).</numerusform>
            <numerusform>p-values corrected with Holm&apos;s method across the %n tests shown at once (every tested die of every player tab).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fair die: 10.5, %1 roll(s)</source>
        <translation>
            <numerusform>fair die: 10.5, %1 roll</numerusform>
            <numerusform>fair die: 10.5, %1 rolls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cast(s)</source>
        <translation>
            <numerusform>%n cast</numerusform>
            <numerusform>%n casts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n encounter(s)</source>
        <translation>
            <numerusform>%n encounter</numerusform>
            <numerusform>%n encounters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dnd::PlayerTableModel</name>
    <message numerus="yes">
        <source>%n d20 roll(s); a fair die averages 10.5</source>
        <translation>
            <numerusform>%n d20 roll; a fair die averages 10.5</numerusform>
            <numerusform>%n d20 rolls; a fair die averages 10.5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dnd::RollDistributionChart</name>
    <message numerus="yes">
        <source>Roll distribution, d%1 (%2 roll(s))</source>
        <translation>
            <numerusform>Roll distribution, d%1 (%2 roll)</numerusform>
            <numerusform>Roll distribution, d%1 (%2 rolls)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dnd::Settings</name>
    <message numerus="yes">
        <source> (%n characters)</source>
        <translation>
            <numerusform> (%n character)</numerusform>
            <numerusform> (%n characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dnd::SimulatedProducer</name>
    <message numerus="yes">
        <source>%n event(s) not delivered: %1</source>
        <translation>
            <numerusform>%n event not delivered: %1</numerusform>
            <numerusform>%n events not delivered: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dnd::StatusBarWidget</name>
    <message numerus="yes">
        <source>%1 event(s)</source>
        <translation>
            <numerusform>%1 event</numerusform>
            <numerusform>%1 events</numerusform>
        </translation>
    </message>
</context>
</TS>
