<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BaseForm</name>
    <message>
        <location filename="../../intlbase_desk/ui/base_form.py" line="29"/>
        <source>Base name</source>
        <translation>基地名称</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/base_form.py" line="32"/>
        <source>Base type</source>
        <translation>基地类型</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/base_form.py" line="39"/>
        <source>Host organisation</source>
        <translation>依托单位</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/base_form.py" line="46"/>
        <source>Field</source>
        <translation>所属领域</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/base_form.py" line="52"/>
        <source>Partner countries (regions)</source>
        <translation>主要合作国家（地区）</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/base_form.py" line="53"/>
        <source>Separate with ；</source>
        <translation>多个用“；”分隔</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/base_form.py" line="55"/>
        <source>Foreign partner institutions</source>
        <translation>主要外方合作机构</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/base_form.py" line="56"/>
        <source>Base leader</source>
        <translation>基地负责人</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/base_form.py" line="57"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/base_form.py" line="58"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/base_form.py" line="59"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/base_form.py" line="60"/>
        <source>Recommending unit</source>
        <translation>推荐单位</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/base_form.py" line="61"/>
        <source>Recognised on</source>
        <translation>认定日期</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/base_form.py" line="62"/>
        <source>Batch</source>
        <translation>认定批次</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/base_form.py" line="62"/>
        <source>e.g. 2025年度</source>
        <translation>例如 2025年度</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/base_form.py" line="63"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/base_form.py" line="64"/>
        <source>Certificate no.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/base_form.py" line="65"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/base_form.py" line="67"/>
        <source>New base</source>
        <translation>新建基地</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/base_form.py" line="67"/>
        <source>Edit base</source>
        <translation>编辑基地</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/base_form.py" line="70"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
</context>
<context>
    <name>BaseTableModel</name>
    <message>
        <location filename="../../intlbase_desk/ui/base_table_model.py" line="18"/>
        <source>Base name</source>
        <translation>基地名称</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/base_table_model.py" line="19"/>
        <source>Type</source>
        <translation>基地类型</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/base_table_model.py" line="20"/>
        <source>Host organisation</source>
        <translation>依托单位</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/base_table_model.py" line="21"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/base_table_model.py" line="22"/>
        <source>District</source>
        <translation>所在区县</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/base_table_model.py" line="23"/>
        <source>Field</source>
        <translation>所属领域</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/base_table_model.py" line="24"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/base_table_model.py" line="25"/>
        <source>Year</source>
        <translation>认定年份</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/base_table_model.py" line="26"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/base_table_model.py" line="27"/>
        <source>Certificate no.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/base_table_model.py" line="28"/>
        <source>Leader</source>
        <translation>负责人</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <location filename="../../intlbase_desk/ui/undo.py" line="51"/>
        <source>Cannot undo or redo: %1</source>
        <translation>无法撤销或重做：%1</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../intlbase_desk/ui/crash.py" line="32"/>
        <source>Unexpected error</source>
        <translation>程序出错</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/crash.py" line="37"/>
        <source>An unexpected error occurred. Work saved before it is safe; the operation that failed was not saved. Please copy the report below and send it to support.</source>
        <translation>发生了意外错误。此前已保存的内容不受影响；出错的这一步操作没有保存。请复制下面的报告，发给技术支持人员。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/crash.py" line="47"/>
        <source>Copy report</source>
        <translation>复制报告</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="69"/>
        <source>Search name, host organisation, credit code or pinyin initials (Ctrl+F)</source>
        <translation>搜索基地名称、依托单位、信用代码或拼音首字母（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="72"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="75"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="77"/>
        <source>All districts</source>
        <translation>全部区县</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="78"/>
        <source>All fields</source>
        <translation>全部领域</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="79"/>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="80"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../intlbase_desk/ui/history_dialog.py" line="25"/>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/history_dialog.py" line="26"/>
        <source>Edited</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/history_dialog.py" line="27"/>
        <source>Status changed</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/history_dialog.py" line="28"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/history_dialog.py" line="29"/>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/history_dialog.py" line="38"/>
        <source>History: %1</source>
        <translation>变更记录：%1</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/history_dialog.py" line="50"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/history_dialog.py" line="51"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/history_dialog.py" line="52"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/history_dialog.py" line="53"/>
        <source>Field</source>
        <translation>所属领域</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/history_dialog.py" line="54"/>
        <source>Before</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/history_dialog.py" line="55"/>
        <source>After</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/history_dialog.py" line="56"/>
        <source>Reason / rule</source>
        <translation>原因 / 依据</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="144"/>
        <source>International S&amp;T Cooperation Bases</source>
        <translation>国际科技合作基地管理</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="179"/>
        <source>This database is on a network share. Only one desk should use it at a time, and a lost connection can damage it; keep it on this computer if you can.</source>
        <translation>此数据库位于网络共享文件夹中。同一时间只能有一台电脑使用它，网络中断可能损坏数据库；如有可能，请将其保存在本机。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="194"/>
        <source>Bases</source>
        <translation>基地名录</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="197"/>
        <location filename="../../intlbase_desk/ui/main_window.py" line="369"/>
        <source>Host organisations</source>
        <translation>依托单位</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="226"/>
        <source>New base</source>
        <translation>新建基地</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="227"/>
        <source>Open / edit</source>
        <translation>打开 / 编辑</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="229"/>
        <source>Change status…</source>
        <translation>变更状态…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="231"/>
        <source>History</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="232"/>
        <location filename="../../intlbase_desk/ui/main_window.py" line="290"/>
        <source>Archive…</source>
        <translation>归档…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="234"/>
        <source>New host organisation…</source>
        <translation>新建依托单位…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="237"/>
        <source>Edit host organisation…</source>
        <translation>编辑依托单位…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="240"/>
        <source>Host organisation history</source>
        <translation>依托单位变更记录</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="242"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="244"/>
        <source>Back up database…</source>
        <translation>备份数据库…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="247"/>
        <source>Rules of this profile</source>
        <translation>政策依据</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="249"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="250"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="252"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="257"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="259"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="261"/>
        <source>&amp;Bases</source>
        <translation>基地(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="265"/>
        <source>&amp;Organisations</source>
        <translation>依托单位(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="267"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="270"/>
        <source>Register</source>
        <translation>名录</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="290"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="296"/>
        <source>Counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="301"/>
        <source>%1 bases</source>
        <translation>共 %1 个基地</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="305"/>
        <source>%1 host organisations</source>
        <translation>共 %1 个依托单位</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="390"/>
        <source>Base saved</source>
        <translation>基地已保存</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="403"/>
        <source>Edit base</source>
        <translation>编辑基地</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="441"/>
        <source>Status changed</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="462"/>
        <source>Restore base</source>
        <translation>恢复基地</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="462"/>
        <source>Why is this base restored?</source>
        <translation>请填写恢复该基地的原因：</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="466"/>
        <source>Archive base</source>
        <translation>归档基地</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="468"/>
        <source>Archived bases leave the register but keep their history. Why archive it?</source>
        <translation>归档后基地不再显示在名录中，但保留全部记录。请填写归档原因：</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="492"/>
        <source>Host organisation saved</source>
        <translation>依托单位已保存</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="525"/>
        <source>Only a local database file can be backed up here.</source>
        <translation>此处只能备份本机的数据库文件。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="536"/>
        <source>Backup cancelled</source>
        <translation>备份已取消</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="544"/>
        <source>Backing up the database</source>
        <translation>正在备份数据库</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="547"/>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
</context>
<context>
    <name>OrgChooser</name>
    <message>
        <location filename="../../intlbase_desk/ui/org_form.py" line="94"/>
        <source>Choose the host organisation</source>
        <translation>选择依托单位</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/org_form.py" line="97"/>
        <source>Name, pinyin initials or credit code</source>
        <translation>单位名称、拼音首字母或信用代码</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/org_form.py" line="100"/>
        <source>New host organisation…</source>
        <translation>新建依托单位…</translation>
    </message>
</context>
<context>
    <name>OrgForm</name>
    <message>
        <location filename="../../intlbase_desk/ui/org_form.py" line="39"/>
        <source>Organisation name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/org_form.py" line="42"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/org_form.py" line="44"/>
        <source>18 characters</source>
        <translation>18位</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/org_form.py" line="49"/>
        <source>Kind</source>
        <translation>单位性质</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/org_form.py" line="55"/>
        <source>District</source>
        <translation>所在区县</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/org_form.py" line="59"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/org_form.py" line="60"/>
        <source>Registered on</source>
        <translation>注册日期</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/org_form.py" line="61"/>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/org_form.py" line="62"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/org_form.py" line="63"/>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/org_form.py" line="66"/>
        <source>New host organisation</source>
        <translation>新建依托单位</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/org_form.py" line="68"/>
        <source>Edit host organisation</source>
        <translation>编辑依托单位</translation>
    </message>
</context>
<context>
    <name>OrgPanel</name>
    <message>
        <location filename="../../intlbase_desk/ui/org_panel.py" line="50"/>
        <source>Search name, credit code or pinyin initials</source>
        <translation>搜索单位名称、信用代码或拼音首字母</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/org_panel.py" line="52"/>
        <source>All districts</source>
        <translation>全部区县</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/org_panel.py" line="56"/>
        <source>All kinds</source>
        <translation>全部单位性质</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/org_panel.py" line="59"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/org_panel.py" line="76"/>
        <source>New host organisation…</source>
        <translation>新建依托单位…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/org_panel.py" line="77"/>
        <source>Open / edit</source>
        <translation>打开 / 编辑</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/org_panel.py" line="78"/>
        <source>History</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/org_panel.py" line="79"/>
        <location filename="../../intlbase_desk/ui/org_panel.py" line="133"/>
        <source>Archive…</source>
        <translation>归档…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/org_panel.py" line="133"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/org_panel.py" line="207"/>
        <source>Edit host organisation</source>
        <translation>编辑依托单位</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/org_panel.py" line="177"/>
        <source>Why is this organisation restored?</source>
        <translation>请填写恢复该依托单位的原因：</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/org_panel.py" line="179"/>
        <source>Why is this organisation archived?</source>
        <translation>请填写归档该依托单位的原因（其名下的基地须已全部归档）：</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/org_panel.py" line="181"/>
        <source>Archive host organisation</source>
        <translation>归档依托单位</translation>
    </message>
</context>
<context>
    <name>OrgPicker</name>
    <message>
        <location filename="../../intlbase_desk/ui/org_form.py" line="156"/>
        <source>No organisation chosen</source>
        <translation>尚未选择依托单位</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/org_form.py" line="157"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
</context>
<context>
    <name>OrgTableModel</name>
    <message>
        <location filename="../../intlbase_desk/ui/org_table_model.py" line="16"/>
        <source>Organisation name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/org_table_model.py" line="17"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/org_table_model.py" line="18"/>
        <source>Kind</source>
        <translation>单位性质</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/org_table_model.py" line="19"/>
        <source>District</source>
        <translation>所在区县</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/org_table_model.py" line="20"/>
        <source>Bases hosted</source>
        <translation>基地数</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/org_table_model.py" line="21"/>
        <source>Barred until</source>
        <translation>禁止申报至</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/org_table_model.py" line="22"/>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/org_table_model.py" line="23"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/org_table_model.py" line="24"/>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <location filename="../../intlbase_desk/ui/profile_picker.py" line="24"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/profile_picker.py" line="26"/>
        <source>No database exists yet at %1.</source>
        <translation>%1 处还没有数据库。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/profile_picker.py" line="27"/>
        <source>Choose the rules it will follow; this cannot be changed later.</source>
        <translation>请选择它适用的政策（管理办法）；选定后不能更改。</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../intlbase_desk/ui/rules_dialog.py" line="21"/>
        <source>Rules of this profile</source>
        <translation>政策依据</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/rules_dialog.py" line="29"/>
        <source>Rule id</source>
        <translation>规则编号</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/rules_dialog.py" line="29"/>
        <source>Article</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/rules_dialog.py" line="29"/>
        <source>Summary</source>
        <translation>要点</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../intlbase_desk/ui/status_dialog.py" line="33"/>
        <source>Change status</source>
        <translation>变更状态</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/status_dialog.py" line="48"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/status_dialog.py" line="66"/>
        <source>Base</source>
        <translation>基地</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/status_dialog.py" line="67"/>
        <source>Current status</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/status_dialog.py" line="68"/>
        <source>Change to</source>
        <translation>变更为</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/status_dialog.py" line="69"/>
        <source>Rule applied</source>
        <translation>依据条款</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/status_dialog.py" line="70"/>
        <source>Revocation case</source>
        <translation>撤销情形</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/status_dialog.py" line="72"/>
        <source>Date</source>
        <translation>变更日期</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/status_dialog.py" line="73"/>
        <source>Reason *</source>
        <translation>原因 *</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/status_dialog.py" line="81"/>
        <source>The rules allow no further change from this status.</source>
        <translation>按本政策规定，该状态下不能再变更。</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../intlbase_desk/ui/tasks.py" line="50"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../intlbase_desk/ui/messages.py" line="10"/>
        <source>Cannot do that</source>
        <translation>无法完成操作</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/messages.py" line="14"/>
        <source>Information</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/messages.py" line="18"/>
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="590"/>
        <source>Back up database</source>
        <translation>备份数据库</translation>
    </message>
</context>
</TS>
