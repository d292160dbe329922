<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApplicationForm</name>
    <message>
        <location filename="../../intlbase_desk/ui/calls/application_form.py" line="26"/>
        <source>Organisation</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/application_form.py" line="27"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/application_form.py" line="28"/>
        <source>Base name</source>
        <translation>基地名称</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/application_form.py" line="29"/>
        <source>Type of base</source>
        <translation>基地类型</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/application_form.py" line="30"/>
        <source>Recommending unit</source>
        <translation>推荐单位</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/application_form.py" line="31"/>
        <source>Field</source>
        <translation>所属领域</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/application_form.py" line="32"/>
        <source>Head of the base</source>
        <translation>基地负责人</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/application_form.py" line="33"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/application_form.py" line="34"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/application_form.py" line="35"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/application_form.py" line="36"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/application_form.py" line="42"/>
        <source>18 characters</source>
        <translation>18位</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/application_form.py" line="53"/>
        <source>Application received directly (%1)</source>
        <translation>直接申报（%1年度）</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/application_form.py" line="59"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
</context>
<context>
    <name>BackupsUi</name>
    <message>
        <location filename="../../intlbase_desk/ui/shell/backups_ui.py" line="31"/>
        <source>Back up database…</source>
        <translation>备份数据库…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/backups_ui.py" line="33"/>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/backups_ui.py" line="79"/>
        <source>Backed up automatically: %1</source>
        <translation>已自动备份：%1</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/backups_ui.py" line="84"/>
        <source>Automatic backup failed: %1</source>
        <translation>自动备份未完成：%1</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/backups_ui.py" line="101"/>
        <source>The backup on closing failed: %1</source>
        <translation>关闭时的自动备份未完成：%1</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/backups_ui.py" line="110"/>
        <source>Only a local database file can be backed up here.</source>
        <translation>此处只能备份本机的数据库文件。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/backups_ui.py" line="121"/>
        <source>Backing up the database</source>
        <translation>正在备份数据库</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/backups_ui.py" line="124"/>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/backups_ui.py" line="126"/>
        <source>Backup cancelled</source>
        <translation>备份已取消</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/backups_ui.py" line="134"/>
        <source>Only a local database file can be restored here.</source>
        <translation>只有本机的数据库文件可以在这里恢复。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/backups_ui.py" line="143"/>
        <source>Replace everything in this database by the backup %1? The database as it is now is backed up first, so this can be reversed.</source>
        <translation>用备份 %1 替换此数据库中的全部内容吗？当前的数据库会先备份，恢复之后仍可复原。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/backups_ui.py" line="159"/>
        <source>Restored from %1. The database as it was is kept in %2.</source>
        <translation>已从 %1 恢复。恢复前的数据库保存在 %2。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/backups_ui.py" line="164"/>
        <source>Restoring from the backup</source>
        <translation>正在从备份恢复</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/backups_ui.py" line="169"/>
        <source>Back up database</source>
        <translation>备份数据库</translation>
    </message>
</context>
<context>
    <name>BaseForm</name>
    <message>
        <location filename="../../intlbase_desk/ui/register/base_form.py" line="42"/>
        <source>Separate with ；</source>
        <translation>多个用“；”分隔</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/base_form.py" line="50"/>
        <source>e.g. 2025年度</source>
        <translation>例如 2025年度</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/base_form.py" line="55"/>
        <source>New base</source>
        <translation>新建基地</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/base_form.py" line="55"/>
        <source>Edit base</source>
        <translation>编辑基地</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/base_form.py" line="58"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
</context>
<context>
    <name>BaseTableModel</name>
    <message>
        <location filename="../../intlbase_desk/ui/register/base_table_model.py" line="48"/>
        <source>Validity ended on %1</source>
        <translation>有效期已于 %1 届满</translation>
    </message>
</context>
<context>
    <name>BasesPage</name>
    <message>
        <location filename="../../intlbase_desk/ui/register/bases_page.py" line="34"/>
        <source>The register has no bases yet</source>
        <translation>名录中还没有基地</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/bases_page.py" line="36"/>
        <source>Start from the register you keep in Excel, or add the bases one by one. Everything you bring in can be checked first and undone.</source>
        <translation>可以从您一直在 Excel 里维护的名录开始，也可以逐个录入基地。导入的内容都会先检查，导入后也可以撤销。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/bases_page.py" line="118"/>
        <source>Base saved</source>
        <translation>基地已保存</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/bases_page.py" line="134"/>
        <source>Edit base</source>
        <translation>编辑基地</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/bases_page.py" line="153"/>
        <source>The selected bases are in different states: change them state by state.</source>
        <translation>所选基地的状态不同，请按状态分别变更。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/bases_page.py" line="159"/>
        <source>Status changed (a status change cannot be undone)</source>
        <translation>状态已变更（状态变更不能撤销）</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/bases_page.py" line="184"/>
        <source>Restore base</source>
        <translation>恢复基地</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/bases_page.py" line="184"/>
        <source>Why is this base restored?</source>
        <translation>请填写恢复该基地的原因：</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/bases_page.py" line="188"/>
        <source>Archive base</source>
        <translation>归档基地</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/bases_page.py" line="190"/>
        <source>Archived bases leave the register but keep their history. Why archive it?</source>
        <translation>归档后基地不再显示在名录中，但保留全部记录。请填写归档原因：</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/bases_page.py" line="202"/>
        <source>Base restored</source>
        <translation>基地已恢复</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/bases_page.py" line="202"/>
        <source>Base archived</source>
        <translation>基地已归档</translation>
    </message>
</context>
<context>
    <name>BatchesDialog</name>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/batches_dialog.py" line="28"/>
        <source>Import batches</source>
        <translation>导入批次</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/batches_dialog.py" line="35"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/batches_dialog.py" line="36"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/batches_dialog.py" line="34"/>
        <source>Import no.</source>
        <translation>导入批次号</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/batches_dialog.py" line="37"/>
        <source>Sheet type</source>
        <translation>表格类型</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/batches_dialog.py" line="38"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/batches_dialog.py" line="39"/>
        <source>Written</source>
        <translation>写入</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/batches_dialog.py" line="40"/>
        <source>Undone</source>
        <translation>撤销于</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/batches_dialog.py" line="47"/>
        <source>Undo this batch…</source>
        <translation>撤销此批次…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/batches_dialog.py" line="59"/>
        <source>Recommendation</source>
        <translation>推荐汇总表</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/batches_dialog.py" line="59"/>
        <source>Register</source>
        <translation>名录</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/batches_dialog.py" line="83"/>
        <source>Remove everything batch %1 wrote?</source>
        <translation>确定要移除批次 %1 写入的全部记录吗？</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/batches_dialog.py" line="95"/>
        <source>Batch %1 undone: %2 records removed.</source>
        <translation>已撤销批次 %1，移除 %2 条记录。</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../../intlbase_desk/ui/workdays/calendar_dialog.py" line="40"/>
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/workdays/calendar_dialog.py" line="52"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/workdays/calendar_dialog.py" line="52"/>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/workdays/calendar_dialog.py" line="52"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/workdays/calendar_dialog.py" line="52"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/workdays/calendar_dialog.py" line="59"/>
        <source>The notice, e.g. 国办发明电〔2026〕×号</source>
        <translation>依据的通知，如 国办发明电〔2026〕×号</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/workdays/calendar_dialog.py" line="60"/>
        <source>Save this year</source>
        <translation>保存本年安排</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/workdays/calendar_dialog.py" line="67"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/workdays/calendar_dialog.py" line="86"/>
        <source>Add a day</source>
        <translation>添加一天</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/workdays/calendar_dialog.py" line="88"/>
        <source>Remove the chosen days</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/workdays/calendar_dialog.py" line="90"/>
        <source>Import a sheet…</source>
        <translation>导入安排表…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/workdays/calendar_dialog.py" line="92"/>
        <source>Write the sheet…</source>
        <translation>生成安排表…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/workdays/calendar_dialog.py" line="114"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/workdays/calendar_dialog.py" line="117"/>
        <source>working days:</source>
        <translation>个工作日：</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/workdays/calendar_dialog.py" line="131"/>
        <source>entered by %1 on %2</source>
        <translation>%1 于 %2 录入</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/workdays/calendar_dialog.py" line="194"/>
        <source>The holidays of %1 are saved</source>
        <translation>%1年节假日安排已保存</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/workdays/calendar_dialog.py" line="199"/>
        <source>Choose the holiday sheet</source>
        <translation>选择节假日安排表</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/workdays/calendar_dialog.py" line="199"/>
        <source>Spreadsheets</source>
        <translation>表格文件</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/workdays/calendar_dialog.py" line="224"/>
        <source>Save the holiday sheet</source>
        <translation>保存节假日安排表</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/workdays/calendar_dialog.py" line="226"/>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/workdays/calendar_dialog.py" line="235"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/workdays/calendar_dialog.py" line="245"/>
        <source>ends on %1 (%2)</source>
        <translation>至 %1（%2）止</translation>
    </message>
</context>
<context>
    <name>CallSettingsDialog</name>
    <message>
        <location filename="../../intlbase_desk/ui/calls/settings_dialog.py" line="30"/>
        <source>Settings of the %1 call</source>
        <translation>%1年度申报指南设置</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/settings_dialog.py" line="32"/>
        <source>Deadline set</source>
        <translation>设定截止日期</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/settings_dialog.py" line="49"/>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/settings_dialog.py" line="55"/>
        <source>Types open this year</source>
        <translation>本年度开放的类型</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/settings_dialog.py" line="56"/>
        <source>Applications per recommending unit</source>
        <translation>每个推荐单位的推荐名额</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/settings_dialog.py" line="69"/>
        <source>Open at least one type of base.</source>
        <translation>请至少开放一种基地类型。</translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="50"/>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="73"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="51"/>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="72"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="52"/>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="69"/>
        <source>Recommending unit</source>
        <translation>推荐单位</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="62"/>
        <source>Organisation, base or credit code</source>
        <translation>单位名称、基地名称或信用代码</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="68"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="70"/>
        <source>Organisation</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="71"/>
        <source>Base</source>
        <translation>基地</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="74"/>
        <source>Notes</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="81"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="81"/>
        <source>As written</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="83"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="83"/>
        <source>Step</source>
        <translation>办理</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="83"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="83"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="90"/>
        <source>Application</source>
        <translation>申报信息</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="91"/>
        <source>Formal review</source>
        <translation>形式审查</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="92"/>
        <source>Steps</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="105"/>
        <source>Call</source>
        <translation>申报年度</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="121"/>
        <source>Open a call…</source>
        <translation>开启年度申报…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="122"/>
        <source>Guide settings…</source>
        <translation>指南设置…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="123"/>
        <source>Direct application…</source>
        <translation>直接申报…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="124"/>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="126"/>
        <source>Write the metrics sheet…</source>
        <translation>生成指标表…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="128"/>
        <source>Import metrics…</source>
        <translation>导入指标表…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="129"/>
        <source>Decide the formal review…</source>
        <translation>确定形式审查结果…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="163"/>
        <source>No call yet: import a district&apos;s sheet, or open a call.</source>
        <translation>还没有申报批次：导入区县推荐表，或开启年度申报。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="176"/>
        <source>every type</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="177"/>
        <source>not set</source>
        <translation>未设</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="178"/>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="180"/>
        <source>Deadline %1; open: %2; per recommending unit: %3</source>
        <translation>截止 %1；开放：%2；每个推荐单位推荐名额：%3</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="252"/>
        <source>Choose an application to see it whole.</source>
        <translation>在左侧选择一项申报，查看其全部信息。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="284"/>
        <source>Open a call</source>
        <translation>开启年度申报</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="285"/>
        <source>Year of the call:</source>
        <translation>申报年度：</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="324"/>
        <source>Choose the application to withdraw.</source>
        <translation>请先选择要撤回的申报。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="327"/>
        <source>Withdraw the application</source>
        <translation>撤回申报</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="328"/>
        <source>Why is it withdrawn (e.g. the applicant&apos;s letter)?</source>
        <translation>撤回的原因（如申报单位来函撤回）：</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="348"/>
        <source>Save the metrics sheet</source>
        <translation>保存申报指标表</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="350"/>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="360"/>
        <source>Metrics sheet of %1 applications saved: %2</source>
        <translation>已生成 %1 项申报的指标表：%2</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="373"/>
        <source>Choose the metrics sheet</source>
        <translation>选择申报指标表</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="374"/>
        <source>Spreadsheets</source>
        <translation>表格文件</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="385"/>
        <source>Nothing was imported:</source>
        <translation>未导入任何数据：</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="393"/>
        <source>%1 figures imported</source>
        <translation>已导入 %1 项指标</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_page.py" line="410"/>
        <source>Record the formal review: %1 pass, %2 do not (each with its articles); %3 incomplete stay as they are?</source>
        <translation>确定形式审查结果：通过 %1 项，不通过 %2 项（逐项注明条款）；待补充的 %3 项保持不变。是否继续？</translation>
    </message>
</context>
<context>
    <name>CallsUi</name>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_ui.py" line="18"/>
        <source>Calls</source>
        <translation>申报</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_ui.py" line="19"/>
        <source>Calls and applications</source>
        <translation>申报与认定</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/calls_ui.py" line="20"/>
        <location filename="../../intlbase_desk/ui/calls/calls_ui.py" line="26"/>
        <source>&amp;Calls</source>
        <translation>申报(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/certificate_dialog.py" line="44"/>
        <source>Issue certificates</source>
        <translation>颁发证书</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/certificate_dialog.py" line="45"/>
        <source>The selected base</source>
        <translation>所选基地</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/certificate_dialog.py" line="46"/>
        <source>Every base in force in the current view</source>
        <translation>当前列表中的全部在册基地</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/certificate_dialog.py" line="47"/>
        <source>Every base in force recognised in</source>
        <translation>该年度认定的全部在册基地：</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/certificate_dialog.py" line="53"/>
        <source>Plaques instead of certificates</source>
        <translation>打印牌匾（而不是证书）</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/certificate_dialog.py" line="62"/>
        <source>The rules of this profile award no plaque</source>
        <translation>本政策未规定授予牌匾</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/certificate_dialog.py" line="63"/>
        <source>One PDF per base, in a folder</source>
        <translation>每个基地单独一个 PDF，保存到文件夹</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/certificate_dialog.py" line="64"/>
        <source>Re-issue (补发) of a lost certificate, same number</source>
        <translation>补发（证书遗失后按原编号重新打印）</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/certificate_dialog.py" line="65"/>
        <source>Date every page</source>
        <translation>统一落款日期</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/certificate_dialog.py" line="68"/>
        <source>Otherwise each page bears the date its base was recognised</source>
        <translation>不勾选时，每页的落款日期为该基地的认定日期</translation>
    </message>
</context>
<context>
    <name>CertificatesUi</name>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/certificates_ui.py" line="30"/>
        <source>Issue certificates…</source>
        <translation>颁发证书…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/certificates_ui.py" line="33"/>
        <source>Print certificates…</source>
        <translation>打印证书…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/certificates_ui.py" line="37"/>
        <source>Export the certificate register…</source>
        <translation>导出证书登记…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/certificates_ui.py" line="41"/>
        <source>Void the certificate…</source>
        <translation>作废证书…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/certificates_ui.py" line="44"/>
        <source>Plaques to recover…</source>
        <translation>牌匾收回…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/certificates_ui.py" line="47"/>
        <source>Certificate fonts…</source>
        <translation>证书字体…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/certificates_ui.py" line="50"/>
        <source>Adjust the layouts…</source>
        <translation>版式调整…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/certificates_ui.py" line="52"/>
        <source>&amp;Bases</source>
        <translation>基地(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/certificates_ui.py" line="90"/>
        <source>No base in force to issue for.</source>
        <translation>没有可以颁发证书的在册基地。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/certificates_ui.py" line="122"/>
        <source>Issuing certificates</source>
        <translation>正在生成证书</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/certificates_ui.py" line="130"/>
        <source>Printing cancelled</source>
        <translation>已取消打印</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/certificates_ui.py" line="134"/>
        <source>Folder for the PDF files</source>
        <translation>选择保存 PDF 的文件夹</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/certificates_ui.py" line="135"/>
        <source>plaques</source>
        <translation>牌匾</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/certificates_ui.py" line="135"/>
        <source>certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/certificates_ui.py" line="137"/>
        <source>Save the PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/certificates_ui.py" line="142"/>
        <source>%1 pages written to %2: %3 new numbers, %4 kept</source>
        <translation>已生成 %1 页：%2（新编号 %3 个，沿用原编号 %4 个）</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/certificates_ui.py" line="152"/>
        <source>Fonts skipped:</source>
        <translation>以下字体未使用：</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/certificates_ui.py" line="177"/>
        <source>Preparing the pages</source>
        <translation>正在准备页面</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/certificates_ui.py" line="200"/>
        <source>Printing</source>
        <translation>正在打印</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/certificates_ui.py" line="203"/>
        <source>%1 pages sent to the printer</source>
        <translation>已将 %1 页发送到打印机</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/certificates_ui.py" line="212"/>
        <source>Select a base first.</source>
        <translation>请先选择一个基地。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/certificates_ui.py" line="215"/>
        <source>Void the certificate</source>
        <translation>作废证书</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/certificates_ui.py" line="216"/>
        <source>The certificate is kept, marked void; its number is never given again. Why?</source>
        <translation>证书将保留并标为作废，其编号不再使用。请填写作废原因：</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/certificates_ui.py" line="227"/>
        <source>Certificate voided</source>
        <translation>证书已作废</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/certificates_ui.py" line="237"/>
        <source>Export the certificate register</source>
        <translation>导出证书登记</translation>
    </message>
</context>
<context>
    <name>ConcludeDialog</name>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/round_dialogs.py" line="95"/>
        <source>Conclude the round</source>
        <translation>办结评估批次</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/round_dialogs.py" line="99"/>
        <source>Base</source>
        <translation>基地</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/round_dialogs.py" line="99"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/round_dialogs.py" line="99"/>
        <source>Consequence</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/round_dialogs.py" line="99"/>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/round_dialogs.py" line="111"/>
        <source>Concluding applies these consequences to the register and closes the round.</source>
        <translation>办结后，以下处理将记入基地名录，本批次不能再修改。</translation>
    </message>
</context>
<context>
    <name>DrawDialog</name>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/round_dialogs.py" line="62"/>
        <source>Draw a panel</source>
        <translation>抽取专家</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/round_dialogs.py" line="79"/>
        <source>Only experts of these fields (optional)</source>
        <translation>只从这些专业领域的专家中抽取（可不填）</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/round_dialogs.py" line="81"/>
        <source>Group</source>
        <translation>组别</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/round_dialogs.py" line="82"/>
        <source>Seed (announced at the draw)</source>
        <translation>抽取种子（抽取现场公布）</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/round_dialogs.py" line="83"/>
        <source>Panel size (odd)</source>
        <translation>专家组人数（奇数）</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/round_dialogs.py" line="84"/>
        <source>Reserves</source>
        <translation>备选专家人数</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/round_dialogs.py" line="85"/>
        <source>Fields</source>
        <translation>专业领域</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <location filename="../../intlbase_desk/ui/shell/undo.py" line="53"/>
        <source>Cannot undo or redo: %1</source>
        <translation>无法撤销或重做：%1</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../intlbase_desk/ui/shell/crash.py" line="33"/>
        <source>Unexpected error</source>
        <translation>程序出错</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/crash.py" line="38"/>
        <source>An unexpected error occurred. Work saved before it is safe; the operation that failed was not saved. Please copy the report below and send it to support.</source>
        <translation>发生了意外错误。此前已保存的内容不受影响；出错的这一步操作没有保存。请复制下面的报告，发给技术支持人员。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/crash.py" line="48"/>
        <source>Copy report</source>
        <translation>复制报告</translation>
    </message>
</context>
<context>
    <name>EvaluationsPage</name>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="47"/>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="68"/>
        <source>Base</source>
        <translation>基地名称</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="48"/>
        <source>Host</source>
        <translation>依托单位</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="49"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="50"/>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="57"/>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="74"/>
        <source>Group</source>
        <translation>组别</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="51"/>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="61"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="58"/>
        <source>Position</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="59"/>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="60"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="67"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="69"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="70"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="71"/>
        <source>Experts</source>
        <translation>专家人数</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="72"/>
        <source>Spread</source>
        <translation>极差</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="73"/>
        <source>Std. dev.</source>
        <translation>标准差</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="75"/>
        <source>Flags</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="79"/>
        <source>Bases</source>
        <translation>参评基地</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="80"/>
        <source>Panels</source>
        <translation>专家组</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="81"/>
        <source>Results</source>
        <translation>评估结果</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="87"/>
        <source>Major changes</source>
        <translation>重大事项</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="92"/>
        <source>Round</source>
        <translation>评估批次</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="107"/>
        <source>Open a round…</source>
        <translation>开启评估批次…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="108"/>
        <source>Draw a panel…</source>
        <translation>抽取专家…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="109"/>
        <source>Check the draws</source>
        <translation>核对抽取</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="110"/>
        <source>Expert cannot score…</source>
        <translation>专家不能参加…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="111"/>
        <source>Write score sheets…</source>
        <translation>生成评分表…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="112"/>
        <source>Import scores…</source>
        <translation>导入评分…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="113"/>
        <source>Type paper sheets…</source>
        <translation>录入纸质评分表…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="114"/>
        <source>Undo the last score import</source>
        <translation>撤销最近一次评分导入</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="115"/>
        <source>Explain a far score…</source>
        <translation>记录偏离说明…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="116"/>
        <source>Set the grade…</source>
        <translation>调整等级…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="117"/>
        <source>Export results…</source>
        <translation>导出评估结果…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="119"/>
        <source>Save the filled score sheets…</source>
        <translation>保存评分汇总表…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="121"/>
        <source>Conclude…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="150"/>
        <source>concluded</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="150"/>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="164"/>
        <source>No evaluation round yet</source>
        <translation>还没有评估批次</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="211"/>
        <source>%1 bases, %2 graded</source>
        <translation>%1 个基地，已定等级 %2 个</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="294"/>
        <source>Every group of this round has its panel.</source>
        <translation>本批次各组均已抽取专家。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="325"/>
        <source>Every draw matches its record.</source>
        <translation>每次抽取均与记录一致。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="331"/>
        <source>Choose a panel member in the panels.</source>
        <translation>请在专家组中选择一位专家组成员。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="337"/>
        <source>Expert cannot score</source>
        <translation>专家不能参加</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="338"/>
        <source>Why can %1 not score? The next reserve takes the seat.</source>
        <translation>%1 为什么不能参加？将由下一位备选专家递补。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="353"/>
        <source>%1 had already scored %2 bases: those scores no longer count. The expert who takes the seat scores them instead.</source>
        <translation>%1已对 %2 个基地评分，这些评分不再计入结果；由递补的专家重新评分。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="362"/>
        <source>Folder for the score sheets</source>
        <translation>选择保存评分表的文件夹</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="367"/>
        <source>Writing score sheets</source>
        <translation>正在生成评分表</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="372"/>
        <source>%1 score workbooks written to %2</source>
        <translation>已生成 %1 位专家的评分表：%2</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="383"/>
        <source>Choose returned score sheets or a summary</source>
        <translation>选择专家交回的评分表或评分汇总表</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="384"/>
        <source>Spreadsheets</source>
        <translation>表格文件</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="390"/>
        <source>Checking the scores</source>
        <translation>正在检查评分</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="407"/>
        <source>%1: %2 errors, nothing imported.</source>
        <translation>%1：有 %2 处错误，未导入。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="422"/>
        <source>%1 scores written, %2 unchanged</source>
        <translation>已写入 %1 项评分，%2 项无变化</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="431"/>
        <source>The two typings of the paper sheets differ in %1 places:</source>
        <translation>纸质评分表两遍录入有 %1 处不一致：</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="474"/>
        <source>Choose a base with a far score in the results.</source>
        <translation>请在评估结果中选择一个有评分偏离提示的基地。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="476"/>
        <source>Explain a far score</source>
        <translation>评分偏离的说明</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="495"/>
        <source>Choose a base in the results.</source>
        <translation>请在评估结果中选择一个基地。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="500"/>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="508"/>
        <source>Set the grade</source>
        <translation>调整等级</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="508"/>
        <source>Why this grade?</source>
        <translation>请说明确定此等级的理由：</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="541"/>
        <source>Export results</source>
        <translation>导出评估结果</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="534"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="550"/>
        <source>Save the filled score sheets</source>
        <translation>保存评分汇总表</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_page.py" line="567"/>
        <source>These bases have no grade yet: %1</source>
        <translation>以下基地还没有评估等级：%1</translation>
    </message>
</context>
<context>
    <name>EvaluationsUi</name>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_ui.py" line="18"/>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_ui.py" line="19"/>
        <source>Evaluations</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_ui.py" line="20"/>
        <location filename="../../intlbase_desk/ui/evaluations/evaluations_ui.py" line="26"/>
        <source>E&amp;valuations</source>
        <translation>评估(&amp;V)</translation>
    </message>
</context>
<context>
    <name>ExchangeUi</name>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/exchange_ui.py" line="22"/>
        <source>Import a district sheet…</source>
        <translation>导入区县表格…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/exchange_ui.py" line="26"/>
        <source>Import the register you keep in Excel…</source>
        <translation>导入现有的 Excel 名录…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/exchange_ui.py" line="29"/>
        <source>Import batches…</source>
        <translation>导入批次…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/exchange_ui.py" line="32"/>
        <source>Recommendation template for districts…</source>
        <translation>生成推荐汇总表模板…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/exchange_ui.py" line="37"/>
        <source>Register template…</source>
        <translation>生成基地名录模板…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/exchange_ui.py" line="41"/>
        <source>Export this view…</source>
        <translation>导出当前名录…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/exchange_ui.py" line="45"/>
        <source>Export a call&apos;s applications…</source>
        <translation>导出某年度申报…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/exchange_ui.py" line="48"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/exchange_ui.py" line="71"/>
        <source>Bring in the register you already keep: it is checked first, problems are listed row by row, and the whole import can be undone.</source>
        <translation>把现有的基地名录导入进来：导入前先逐行检查并列出问题，整批导入可以撤销。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/exchange_ui.py" line="77"/>
        <source>No register in Excel yet? Save the template, fill it in, then import it.</source>
        <translation>还没有 Excel 名录？先保存模板，按列填好后再导入。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/exchange_ui.py" line="89"/>
        <source>Save the template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/exchange_ui.py" line="100"/>
        <source>Template saved to %1</source>
        <translation>模板已保存：%1</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/exchange_ui.py" line="105"/>
        <source>Export the register</source>
        <translation>导出基地名录</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/exchange_ui.py" line="114"/>
        <source>Which call (year)?</source>
        <translation>导出哪一年度的申报？</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/exchange_ui.py" line="120"/>
        <source>Export the applications</source>
        <translation>导出申报</translation>
    </message>
</context>
<context>
    <name>ExpertForm</name>
    <message>
        <location filename="../../intlbase_desk/ui/experts/expert_form.py" line="38"/>
        <source>One per line</source>
        <translation>每行一条</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/experts/expert_form.py" line="42"/>
        <source>18 characters</source>
        <translation>18位</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/experts/expert_form.py" line="48"/>
        <source>Separated by 、</source>
        <translation>多个领域用“、”分隔</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/experts/expert_form.py" line="66"/>
        <source>New expert</source>
        <translation>新增专家</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/experts/expert_form.py" line="66"/>
        <source>Edit expert</source>
        <translation>编辑专家</translation>
    </message>
</context>
<context>
    <name>ExpertsImportDialog</name>
    <message>
        <location filename="../../intlbase_desk/ui/experts/import_dialog.py" line="37"/>
        <source>Import an expert list</source>
        <translation>导入专家名单</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/experts/import_dialog.py" line="47"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/experts/import_dialog.py" line="63"/>
        <source>%1: %2 experts, %3 without errors.</source>
        <translation>%1：共 %2 位专家，%3 位无误。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/experts/import_dialog.py" line="70"/>
        <source>Correct the errors in the file and import it again: a list goes in whole.</source>
        <translation>请在文件中改正错误后重新导入：专家名单只能整份导入。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/experts/import_dialog.py" line="74"/>
        <source>Importing adds %1 experts, updates %2, leaves %3 unchanged.</source>
        <translation>导入将新增 %1 位专家，更新 %2 位，%3 位无变化。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/experts/import_dialog.py" line="86"/>
        <source>Importing the expert list</source>
        <translation>正在导入专家名单</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/experts/import_dialog.py" line="99"/>
        <source>Imported: %1 added, %2 updated, %3 unchanged.</source>
        <translation>已导入：新增 %1 位，更新 %2 位，无变化 %3 位。</translation>
    </message>
</context>
<context>
    <name>ExpertsPage</name>
    <message>
        <location filename="../../intlbase_desk/ui/experts/experts_page.py" line="34"/>
        <source>Search name, employer, credit code or field</source>
        <translation>搜索姓名、工作单位、信用代码或专业领域</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/experts/experts_page.py" line="37"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/experts/experts_page.py" line="38"/>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/experts/experts_page.py" line="39"/>
        <source>All experts</source>
        <translation>全部专家</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/experts/experts_page.py" line="41"/>
        <source>All fields</source>
        <translation>全部领域</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/experts/experts_page.py" line="69"/>
        <source>New expert…</source>
        <translation>新增专家…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/experts/experts_page.py" line="70"/>
        <source>Open / edit</source>
        <translation>打开 / 编辑</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/experts/experts_page.py" line="71"/>
        <location filename="../../intlbase_desk/ui/experts/experts_page.py" line="109"/>
        <source>Make inactive…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/experts/experts_page.py" line="72"/>
        <source>History</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/experts/experts_page.py" line="74"/>
        <source>Import an expert list…</source>
        <translation>导入专家名单…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/experts/experts_page.py" line="77"/>
        <source>Save the expert list template…</source>
        <translation>保存专家名单模板…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/experts/experts_page.py" line="109"/>
        <source>Make active…</source>
        <translation>启用…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/experts/experts_page.py" line="149"/>
        <source>Edit expert</source>
        <translation>编辑专家</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/experts/experts_page.py" line="166"/>
        <source>Why may this expert score again?</source>
        <translation>为什么重新启用这位专家？</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/experts/experts_page.py" line="168"/>
        <source>Why does this expert no longer score (retired, declined, moved)?</source>
        <translation>为什么停用这位专家（退休、不再参加评审、调离等）？</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/experts/experts_page.py" line="170"/>
        <source>Expert state</source>
        <translation>专家状态</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/experts/experts_page.py" line="201"/>
        <source>Choose the expert list</source>
        <translation>选择专家名单</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/experts/experts_page.py" line="201"/>
        <source>Spreadsheets</source>
        <translation>表格文件</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/experts/experts_page.py" line="215"/>
        <source>Checking the expert list</source>
        <translation>正在检查专家名单</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/experts/experts_page.py" line="230"/>
        <source>Save the expert list template</source>
        <translation>保存专家名单模板</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/experts/experts_page.py" line="239"/>
        <source>Template saved: %1</source>
        <translation>模板已保存：%1</translation>
    </message>
</context>
<context>
    <name>ExpertsUi</name>
    <message>
        <location filename="../../intlbase_desk/ui/experts/experts_ui.py" line="18"/>
        <location filename="../../intlbase_desk/ui/experts/experts_ui.py" line="19"/>
        <source>Expert pool</source>
        <translation>专家库</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/experts/experts_ui.py" line="20"/>
        <location filename="../../intlbase_desk/ui/experts/experts_ui.py" line="26"/>
        <source>E&amp;xperts</source>
        <translation>专家(&amp;X)</translation>
    </message>
</context>
<context>
    <name>FilingPanel</name>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/filing_panel.py" line="24"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/filing_panel.py" line="24"/>
        <source>Last year</source>
        <translation>上年</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/filing_panel.py" line="24"/>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/filing_panel.py" line="27"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/filing_panel.py" line="27"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/filing_panel.py" line="27"/>
        <source>Finding</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/filing_panel.py" line="53"/>
        <source>Choose a base on the board to see its form.</source>
        <translation>在左侧选择一个基地，查看其年度报表。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/filing_panel.py" line="69"/>
        <source>The latest file, %1, did not go in:</source>
        <translation>最近一次报送的文件“%1”未导入：</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/filing_panel.py" line="71"/>
        <source>Check results of the filed file:</source>
        <translation>已报送文件的检查提示：</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/filing_panel.py" line="73"/>
        <source>No check results.</source>
        <translation>没有检查提示。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/filing_panel.py" line="77"/>
        <source>Earlier filings: %1</source>
        <translation>此前报送：%1</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/filing_panel.py" line="94"/>
        <source>Filed on %1 (%2)</source>
        <translation>%1 报送（%2）</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/filing_panel.py" line="96"/>
        <source>typed in</source>
        <translation>窗口录入</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/filing_panel.py" line="99"/>
        <source>Returned: %1</source>
        <translation>退回原因：%1</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/filing_panel.py" line="101"/>
        <source>Recommending unit&apos;s opinion: %1</source>
        <translation>推荐单位审核意见：%1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../intlbase_desk/ui/register/filter_bar.py" line="25"/>
        <source>Search name, host organisation, credit code or pinyin initials (Ctrl+F)</source>
        <translation>搜索基地名称、依托单位、信用代码或拼音首字母（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/filter_bar.py" line="28"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/filter_bar.py" line="31"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/filter_bar.py" line="33"/>
        <source>All districts</source>
        <translation>全部区县</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/filter_bar.py" line="34"/>
        <source>All fields</source>
        <translation>全部领域</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/filter_bar.py" line="35"/>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/filter_bar.py" line="36"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/filter_bar.py" line="39"/>
        <source>Past validity</source>
        <translation>已过有效期</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/filter_bar.py" line="41"/>
        <source>Bases whose validity has ended (due for evaluation)</source>
        <translation>有效期已届满的基地（应进行评估）</translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message>
        <location filename="../../intlbase_desk/ui/shell/findings_list.py" line="24"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/findings_list.py" line="24"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/findings_list.py" line="24"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/findings_list.py" line="24"/>
        <source>Problem</source>
        <translation>问题及处理</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/findings_list.py" line="36"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/findings_list.py" line="36"/>
        <source>Warning</source>
        <translation>提醒</translation>
    </message>
</context>
<context>
    <name>FontSettings</name>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/font_settings.py" line="39"/>
        <source>Certificate fonts</source>
        <translation>证书字体</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/font_settings.py" line="42"/>
        <source>Title (方正小标宋)</source>
        <translation>标题（方正小标宋）</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/font_settings.py" line="43"/>
        <source>Body (仿宋)</source>
        <translation>正文（仿宋）</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/font_settings.py" line="44"/>
        <source>Signature (楷体)</source>
        <translation>落款（楷体）</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/font_settings.py" line="52"/>
        <source>System font or the bundled one</source>
        <translation>不选则使用系统字体或内置字体</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/font_settings.py" line="53"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/font_settings.py" line="72"/>
        <source>Only TrueType fonts (.ttf, .ttc) that allow embedding can be used; others are skipped and the next choice is taken.</source>
        <translation>只能使用允许嵌入的 TrueType 字体（.ttf、.ttc）；其他字体会被跳过，改用下一选择。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/font_settings.py" line="83"/>
        <source>Choose a font file</source>
        <translation>选择字体文件</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/font_settings.py" line="83"/>
        <source>TrueType fonts (*.ttf *.ttc)</source>
        <translation>TrueType 字体 (*.ttf *.ttc)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../intlbase_desk/ui/register/history_dialog.py" line="26"/>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/history_dialog.py" line="27"/>
        <source>Edited</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/history_dialog.py" line="28"/>
        <source>Status changed</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/history_dialog.py" line="29"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/history_dialog.py" line="30"/>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/history_dialog.py" line="48"/>
        <source>History: %1</source>
        <translation>变更记录：%1</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/history_dialog.py" line="61"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/history_dialog.py" line="62"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/history_dialog.py" line="63"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/history_dialog.py" line="64"/>
        <source>Field</source>
        <translation>所属领域</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/history_dialog.py" line="65"/>
        <source>Before</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/history_dialog.py" line="66"/>
        <source>After</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/history_dialog.py" line="67"/>
        <source>Reason / rule</source>
        <translation>原因 / 依据</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="93"/>
        <source>Import a district sheet</source>
        <translation>导入区县表格</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="108"/>
        <source>Recommendation sheet (applications)</source>
        <translation>推荐汇总表（申报）</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="109"/>
        <source>Register of recognised bases</source>
        <translation>基地名录（已认定基地）</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="123"/>
        <source>Choose a file or drop it here (.xlsx .xls .ods .csv)</source>
        <translation>选择文件，或把文件拖到这里（.xlsx .xls .ods .csv）</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="125"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="131"/>
        <source>Sheet type</source>
        <translation>表格类型</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="133"/>
        <source>Call (year)</source>
        <translation>申报批次（年度）</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="134"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="135"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="154"/>
        <source>Choose the district&apos;s file</source>
        <translation>选择区县报送的文件</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="156"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
        <translation>表格文件 (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="184"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="184"/>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="188"/>
        <source>Only rows with errors</source>
        <translation>只看有错误的行</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="196"/>
        <source>Apply mapping</source>
        <translation>按此对应重新检查</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="199"/>
        <source>Checks the file as it was read. If the file was changed since, go back and check it again.</source>
        <translation>按已读入的文件重新检查。文件此后如有修改，请返回上一步重新检查。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="205"/>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="518"/>
        <source>Export error report…</source>
        <translation>导出错误报告…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="208"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="215"/>
        <source>Imports the rows without errors now; the rows with errors stay in the error report, for the district to correct and send again.</source>
        <translation>现在导入没有错误的行；有错误的行留在错误报告中，由区县改正后重新报送。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="220"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="223"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="275"/>
        <source>Choose a file first.</source>
        <translation>请先选择文件。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="280"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="281"/>
        <source>Checking every row…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="308"/>
        <source>Checking the file</source>
        <translation>正在检查文件</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="321"/>
        <source>Header found on row %1</source>
        <translation>表头在第 %1 行</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="334"/>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="344"/>
        <source>%1 rows, %2 without errors; %3 errors, %4 warnings</source>
        <translation>共 %1 行，无误 %2 行；错误 %3 处，提醒 %4 处</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="354"/>
        <source>Import the %1 rows without errors</source>
        <translation>只导入无错误的 %1 行</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="383"/>
        <source>Call: %1 (from the sheet&apos;s title)</source>
        <translation>申报批次：%1年度（取自表格标题）</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="386"/>
        <source>Call: %1 (set by you; the sheet&apos;s title says %2)</source>
        <translation>申报批次：%1年度（您指定；表格标题为 %2年度）</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="391"/>
        <source>Call: %1 (the title names no year; change it on the first page)</source>
        <translation>申报批次：%1年度（表格标题中没有年度；可在第一页修改）</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="404"/>
        <source>This file was imported on %1 by %2 (batch %3). Importing it again skips every row that is already there.</source>
        <translation>此文件已于 %1 由 %2 导入（批次 %3）。再次导入时，已在库中的行都会跳过。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="472"/>
        <source>Error report saved to %1</source>
        <translation>错误报告已保存：%1</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="483"/>
        <source>%1 rows have errors and will not be imported; they stay in the error report for the district. Import the other %2 rows now?</source>
        <translation>有 %1 行存在错误，不会导入；这些行留在错误报告中退回区县。现在导入其余 %2 行吗？</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="498"/>
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="508"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="530"/>
        <source>Nothing new: all %1 rows were already there.</source>
        <translation>没有新数据：%1 行都已导入过。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="535"/>
        <source>Imported %1 rows as batch %2; %3 rows were already there.</source>
        <translation>已导入 %1 行（批次 %2）；%3 行此前已导入，未重复写入。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="542"/>
        <source>%1 rows with errors were not imported: export the error report and send it back to the district.</source>
        <translation>有错误的 %1 行未导入：请导出错误报告，退回区县修改。</translation>
    </message>
</context>
<context>
    <name>LayoutEditor</name>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/layout_editor.py" line="76"/>
        <source>Adjust the layout</source>
        <translation>版式调整</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/layout_editor.py" line="83"/>
        <source>Heading</source>
        <translation>证书抬头</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/layout_editor.py" line="84"/>
        <source>Title</source>
        <translation>称号</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/layout_editor.py" line="85"/>
        <source>Host organisation</source>
        <translation>依托单位</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/layout_editor.py" line="86"/>
        <source>Base name</source>
        <translation>基地名称</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/layout_editor.py" line="87"/>
        <source>Recognition text</source>
        <translation>认定文字</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/layout_editor.py" line="88"/>
        <source>Certificate number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/layout_editor.py" line="89"/>
        <source>Issuing authority</source>
        <translation>发证机关</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/layout_editor.py" line="90"/>
        <source>Date</source>
        <translation>落款日期</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/layout_editor.py" line="93"/>
        <source>Title (方正小标宋)</source>
        <translation>标题（方正小标宋）</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/layout_editor.py" line="94"/>
        <source>Body (仿宋)</source>
        <translation>正文（仿宋）</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/layout_editor.py" line="95"/>
        <source>Signature (楷体)</source>
        <translation>落款（楷体）</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/layout_editor.py" line="98"/>
        <source>Left</source>
        <translation>左对齐</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/layout_editor.py" line="99"/>
        <source>Centre</source>
        <translation>居中</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/layout_editor.py" line="100"/>
        <source>Right</source>
        <translation>右对齐</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/layout_editor.py" line="106"/>
        <source>Block</source>
        <translation>文字块</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/layout_editor.py" line="107"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/layout_editor.py" line="108"/>
        <source>Left (mm)</source>
        <translation>左（毫米）</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/layout_editor.py" line="109"/>
        <source>Top (mm)</source>
        <translation>上（毫米）</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/layout_editor.py" line="110"/>
        <source>Width (mm)</source>
        <translation>宽（毫米）</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/layout_editor.py" line="111"/>
        <source>Height (mm)</source>
        <translation>高（毫米）</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/layout_editor.py" line="112"/>
        <source>Font</source>
        <translation>字体</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/layout_editor.py" line="113"/>
        <source>Size (pt)</source>
        <translation>字号（磅）</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/layout_editor.py" line="114"/>
        <source>Smallest (pt)</source>
        <translation>最小字号（磅）</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/layout_editor.py" line="115"/>
        <source>Align</source>
        <translation>对齐</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/layout_editor.py" line="116"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/layout_editor.py" line="126"/>
        <source>Restore the bundled layout</source>
        <translation>恢复默认版式</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/layout_editor.py" line="135"/>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/layout_editor.py" line="233"/>
        <source>Cannot use this layout: %1</source>
        <translation>版式有误，不能使用：%1</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/layout_editor.py" line="260"/>
        <source>Layout saved: %1</source>
        <translation>版式已保存：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="53"/>
        <source>International S&amp;T Cooperation Bases</source>
        <translation>国际科技合作基地管理</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="55"/>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="75"/>
        <source>Enter the bases one by one, with their hosts.</source>
        <translation>逐个录入基地及其依托单位。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="94"/>
        <source>This database is on a network share. Only one desk should use it at a time, and a lost connection can damage it; keep it on this computer if you can.</source>
        <translation>此数据库位于网络共享文件夹中。同一时间只能有一台电脑使用它，网络中断可能损坏数据库；如有可能，请将其保存在本机。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="105"/>
        <source>This database is on a read-only drive or in a folder you cannot write: you can view, search, export and print it, but not change it. To change it, copy it to a folder you can write and open the copy.</source>
        <translation>此数据库位于只读磁盘或您无权写入的文件夹中：可以查看、检索、导出和打印，但不能修改。要修改，请把它复制到可写的文件夹，再打开副本。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="124"/>
        <source>Rules of this profile</source>
        <translation>政策依据</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="123"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="125"/>
        <location filename="../../intlbase_desk/ui/main_window.py" line="130"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="126"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="135"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/main_window.py" line="58"/>
        <source>Register</source>
        <translation>名录</translation>
    </message>
</context>
<context>
    <name>MajorChangeDialog</name>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/major_change_dialog.py" line="34"/>
        <source>Record a major change</source>
        <translation>登记重大事项</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/major_change_dialog.py" line="39"/>
        <source>Base name, credit code or pinyin initials</source>
        <translation>基地名称、统一社会信用代码或拼音首字母</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/major_change_dialog.py" line="68"/>
        <source>As %1 requires (%2)</source>
        <translation>按%1（%2）的规定报告</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/major_change_dialog.py" line="70"/>
        <source>Base</source>
        <translation>基地</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/major_change_dialog.py" line="72"/>
        <source>Change</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/major_change_dialog.py" line="73"/>
        <source>Happened on</source>
        <translation>变更日期</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/major_change_dialog.py" line="74"/>
        <source>What changed</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/major_change_dialog.py" line="100"/>
        <source>Choose the base that reported the change.</source>
        <translation>请选择报告重大事项的基地。</translation>
    </message>
</context>
<context>
    <name>MajorChangesTab</name>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/major_changes_tab.py" line="24"/>
        <source>Reported on</source>
        <translation>报告日期</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/major_changes_tab.py" line="25"/>
        <source>Base</source>
        <translation>基地</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/major_changes_tab.py" line="26"/>
        <source>Change</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/major_changes_tab.py" line="27"/>
        <source>Happened on</source>
        <translation>变更日期</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/major_changes_tab.py" line="28"/>
        <source>What changed</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/major_changes_tab.py" line="29"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/major_changes_tab.py" line="33"/>
        <source>Record a major change…</source>
        <translation>登记重大事项…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/major_changes_tab.py" line="36"/>
        <source>Review a major change…</source>
        <translation>审核重大事项…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/major_changes_tab.py" line="92"/>
        <source>Choose a report in the major changes.</source>
        <translation>请在重大事项中选择一份报告。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/major_changes_tab.py" line="97"/>
        <location filename="../../intlbase_desk/ui/evaluations/major_changes_tab.py" line="107"/>
        <source>Review a major change</source>
        <translation>审核重大事项</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/major_changes_tab.py" line="97"/>
        <source>Finding</source>
        <translation>审核结论</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/major_changes_tab.py" line="103"/>
        <source>The base&apos;s title will be cancelled. Go on?</source>
        <translation>将取消该基地的资格，是否继续？</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/major_changes_tab.py" line="107"/>
        <source>The review&apos;s finding</source>
        <translation>审核意见：</translation>
    </message>
</context>
<context>
    <name>MissingDialog</name>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/missing_dialog.py" line="29"/>
        <source>Bases missing their summaries</source>
        <translation>连续未报送年度总结的基地</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/missing_dialog.py" line="36"/>
        <source>Base</source>
        <translation>基地</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/missing_dialog.py" line="36"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/missing_dialog.py" line="36"/>
        <source>Years</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/missing_dialog.py" line="36"/>
        <source>What follows</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/missing_dialog.py" line="52"/>
        <source>Revoke the chosen bases…</source>
        <translation>撤销所选基地…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/missing_dialog.py" line="65"/>
        <source>%1 bases have filed no summary for consecutive reporting years.</source>
        <translation>%1 个基地连续多个报告年度未报送年度总结。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/missing_dialog.py" line="77"/>
        <source>Choose the bases to revoke.</source>
        <translation>请选择要撤销的基地。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/missing_dialog.py" line="82"/>
        <source>Revoke the titles of %1 bases? The register records the case and article.</source>
        <translation>撤销 %1 个基地的资格？名录中将记录撤销情形和所依据的条款。</translation>
    </message>
</context>
<context>
    <name>OpenRoundDialog</name>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/round_dialogs.py" line="39"/>
        <source>Open an evaluation round</source>
        <translation>开启评估批次</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/round_dialogs.py" line="53"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/round_dialogs.py" line="54"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
</context>
<context>
    <name>OrgChooser</name>
    <message>
        <location filename="../../intlbase_desk/ui/register/org_form.py" line="84"/>
        <source>Choose the host organisation</source>
        <translation>选择依托单位</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/org_form.py" line="87"/>
        <source>Name, pinyin initials or credit code</source>
        <translation>单位名称、拼音首字母或信用代码</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/org_form.py" line="90"/>
        <source>New host organisation…</source>
        <translation>新建依托单位…</translation>
    </message>
</context>
<context>
    <name>OrgForm</name>
    <message>
        <location filename="../../intlbase_desk/ui/register/org_form.py" line="46"/>
        <source>18 characters</source>
        <translation>18位</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/org_form.py" line="56"/>
        <source>New host organisation</source>
        <translation>新建依托单位</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/org_form.py" line="58"/>
        <source>Edit host organisation</source>
        <translation>编辑依托单位</translation>
    </message>
</context>
<context>
    <name>OrgPage</name>
    <message>
        <location filename="../../intlbase_desk/ui/register/org_page.py" line="30"/>
        <source>Search name, credit code or pinyin initials</source>
        <translation>搜索单位名称、信用代码或拼音首字母</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/org_page.py" line="32"/>
        <source>All districts</source>
        <translation>全部区县</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/org_page.py" line="36"/>
        <source>All kinds</source>
        <translation>全部单位性质</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/org_page.py" line="39"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/org_page.py" line="68"/>
        <source>New host organisation…</source>
        <translation>新建依托单位…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/org_page.py" line="69"/>
        <source>Open / edit</source>
        <translation>打开 / 编辑</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/org_page.py" line="70"/>
        <source>History</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/org_page.py" line="71"/>
        <location filename="../../intlbase_desk/ui/register/org_page.py" line="94"/>
        <source>Archive…</source>
        <translation>归档…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/org_page.py" line="72"/>
        <source>Export this view…</source>
        <translation>导出当前名录…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/org_page.py" line="94"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/org_page.py" line="133"/>
        <source>Why is this organisation restored?</source>
        <translation>请填写恢复该依托单位的原因：</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/org_page.py" line="135"/>
        <source>Why is this organisation archived?</source>
        <translation>请填写归档该依托单位的原因（其名下的基地须已全部归档）：</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/org_page.py" line="137"/>
        <source>Archive host organisation</source>
        <translation>归档依托单位</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/org_page.py" line="154"/>
        <source>Export the host organisations</source>
        <translation>导出依托单位</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/org_page.py" line="175"/>
        <source>Edit host organisation</source>
        <translation>编辑依托单位</translation>
    </message>
</context>
<context>
    <name>OrgPicker</name>
    <message>
        <location filename="../../intlbase_desk/ui/register/org_form.py" line="157"/>
        <source>No organisation chosen</source>
        <translation>尚未选择依托单位</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/org_form.py" line="158"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
</context>
<context>
    <name>PlaquesDialog</name>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/plaques_dialog.py" line="30"/>
        <source>Plaques to recover</source>
        <translation>待收回的牌匾</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/plaques_dialog.py" line="36"/>
        <source>Base</source>
        <translation>基地</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/plaques_dialog.py" line="37"/>
        <source>Host organisation</source>
        <translation>依托单位</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/plaques_dialog.py" line="38"/>
        <source>Revoked on</source>
        <translation>撤销日期</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/plaques_dialog.py" line="39"/>
        <source>Reason</source>
        <translation>撤销原因</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/plaques_dialog.py" line="46"/>
        <source>No plaque is waiting to be recovered.</source>
        <translation>没有待收回的牌匾。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/plaques_dialog.py" line="55"/>
        <source>Where it is kept, who handed it in</source>
        <translation>存放地点、交回人等</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/plaques_dialog.py" line="56"/>
        <source>Record as recovered</source>
        <translation>登记为已收回</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/plaques_dialog.py" line="60"/>
        <source>Recovered on</source>
        <translation>收回日期</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/plaques_dialog.py" line="61"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/plaques_dialog.py" line="63"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/certificates/plaques_dialog.py" line="113"/>
        <source>Export the plaque recoveries</source>
        <translation>导出牌匾收回登记</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <location filename="../../intlbase_desk/ui/shell/profile_picker.py" line="25"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/profile_picker.py" line="27"/>
        <source>No database exists yet at %1.</source>
        <translation>%1 处还没有数据库。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/profile_picker.py" line="28"/>
        <source>Choose the rules it will follow; this cannot be changed later.</source>
        <translation>请选择它适用的政策（管理办法）；选定后不能更改。</translation>
    </message>
</context>
<context>
    <name>ProfileValues</name>
    <message>
        <location filename="../../intlbase_desk/ui/shell/profile_values.py" line="36"/>
        <source>Values stated by an article apply as the text says. Office defaults (shaded) are this office&apos;s practice where no text says anything: they can be changed.</source>
        <translation>由条款规定的取值按条文执行；本处惯例（底色标出）是条文未作规定时本处的做法，可以修改。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/profile_values.py" line="43"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/profile_values.py" line="43"/>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/profile_values.py" line="43"/>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/profile_values.py" line="51"/>
        <source>Change this office default…</source>
        <translation>修改此项本处惯例…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/profile_values.py" line="67"/>
        <source>Article</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/profile_values.py" line="68"/>
        <source>Office default</source>
        <translation>本处惯例</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/profile_values.py" line="69"/>
        <source>Geography</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/profile_values.py" line="98"/>
        <source>Change an office default</source>
        <translation>修改本处惯例</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/profile_values.py" line="121"/>
        <source>Office default changed: %1</source>
        <translation>已修改本处惯例：%1</translation>
    </message>
</context>
<context>
    <name>RegisterUi</name>
    <message>
        <location filename="../../intlbase_desk/ui/register/register_ui.py" line="27"/>
        <source>Bases</source>
        <translation>基地名录</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/register_ui.py" line="31"/>
        <source>Host organisations</source>
        <translation>依托单位</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/register_ui.py" line="40"/>
        <source>New base</source>
        <translation>新建基地</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/register_ui.py" line="41"/>
        <source>Open / edit</source>
        <translation>打开 / 编辑</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/register_ui.py" line="43"/>
        <source>Change status…</source>
        <translation>变更状态…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/register_ui.py" line="45"/>
        <source>History</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/register_ui.py" line="46"/>
        <location filename="../../intlbase_desk/ui/register/register_ui.py" line="89"/>
        <source>Archive…</source>
        <translation>归档…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/register_ui.py" line="54"/>
        <source>New host organisation…</source>
        <translation>新建依托单位…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/register_ui.py" line="56"/>
        <source>Edit host organisation…</source>
        <translation>编辑依托单位…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/register_ui.py" line="59"/>
        <source>Host organisation history</source>
        <translation>依托单位变更记录</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/register_ui.py" line="61"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/register_ui.py" line="62"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/register_ui.py" line="63"/>
        <source>&amp;Bases</source>
        <translation>基地(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/register_ui.py" line="64"/>
        <source>&amp;Organisations</source>
        <translation>依托单位(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/register_ui.py" line="89"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/register_ui.py" line="99"/>
        <source>%1 host organisations</source>
        <translation>共 %1 个依托单位</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/register_ui.py" line="102"/>
        <source>%1 bases</source>
        <translation>共 %1 个基地</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/register_ui.py" line="106"/>
        <source>Counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/register_ui.py" line="124"/>
        <source>Host organisation saved</source>
        <translation>依托单位已保存</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../intlbase_desk/ui/shell/restore_dialog.py" line="26"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/restore_dialog.py" line="32"/>
        <source>Choose the copy to go back to. It is checked before anything is replaced, and the database as it is now is backed up first.</source>
        <translation>请选择要恢复到的备份。替换之前会先检查该备份，并先备份当前的数据库。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/restore_dialog.py" line="39"/>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/restore_dialog.py" line="39"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/restore_dialog.py" line="39"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/restore_dialog.py" line="53"/>
        <source>There is no backup of this database yet.</source>
        <translation>此数据库还没有备份。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/restore_dialog.py" line="55"/>
        <source>Another backup file…</source>
        <translation>其他备份文件…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/restore_dialog.py" line="60"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/restore_dialog.py" line="86"/>
        <source>Choose a backup file</source>
        <translation>选择备份文件</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/restore_dialog.py" line="86"/>
        <source>Databases (*.sqlite3 *.db)</source>
        <translation>数据库（*.sqlite3 *.db）</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../intlbase_desk/ui/calls/review_panel.py" line="37"/>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/review_panel.py" line="38"/>
        <source>Article</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/review_panel.py" line="39"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/review_panel.py" line="40"/>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/review_panel.py" line="41"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/review_panel.py" line="45"/>
        <source>Enter a figure…</source>
        <translation>录入指标…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/review_panel.py" line="47"/>
        <source>Record a finding…</source>
        <translation>记录核查结论…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/review_panel.py" line="75"/>
        <source>Formal review: %1</source>
        <translation>形式审查：%1</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/review_panel.py" line="100"/>
        <source>This type&apos;s conditions read no figure.</source>
        <translation>该类型的条件不需要录入指标。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/review_panel.py" line="106"/>
        <source>Enter a figure</source>
        <translation>录入指标</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/review_panel.py" line="106"/>
        <source>Figure:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/review_panel.py" line="112"/>
        <source>是 or 否</source>
        <translation>填“是”或“否”</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/review_panel.py" line="114"/>
        <source>A number; empty removes it</source>
        <translation>填数字；留空则删除该数值</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/review_panel.py" line="129"/>
        <location filename="../../intlbase_desk/ui/calls/review_panel.py" line="136"/>
        <location filename="../../intlbase_desk/ui/calls/review_panel.py" line="141"/>
        <source>Record a finding</source>
        <translation>记录核查结论</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/review_panel.py" line="129"/>
        <source>Condition:</source>
        <translation>条件：</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/review_panel.py" line="134"/>
        <source>Met</source>
        <translation>符合</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/review_panel.py" line="134"/>
        <source>Not met</source>
        <translation>不符合</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/review_panel.py" line="136"/>
        <source>Finding:</source>
        <translation>结论：</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/calls/review_panel.py" line="142"/>
        <source>How, when and where was it checked, and what was found?</source>
        <translation>核查的方式、时间、地点和结果：</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../intlbase_desk/ui/shell/rules_dialog.py" line="25"/>
        <source>Rules of this profile</source>
        <translation>政策依据</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/rules_dialog.py" line="33"/>
        <source>Rule id</source>
        <translation>规则编号</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/rules_dialog.py" line="33"/>
        <source>Article</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/rules_dialog.py" line="33"/>
        <source>Summary</source>
        <translation>要点</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/rules_dialog.py" line="47"/>
        <source>Articles</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/rules_dialog.py" line="48"/>
        <source>Values and their basis</source>
        <translation>取值与依据</translation>
    </message>
</context>
<context>
    <name>ScoreGrid</name>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/score_grid.py" line="57"/>
        <source>Type paper score sheets</source>
        <translation>录入纸质评分表</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/score_grid.py" line="70"/>
        <source>First entry</source>
        <translation>第一遍录入</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/score_grid.py" line="71"/>
        <source>Second entry (another officer checks)</source>
        <translation>第二遍录入（另一位工作人员复核）</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/score_grid.py" line="80"/>
        <source>The total the expert wrote</source>
        <translation>专家填写的合计分</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/score_grid.py" line="85"/>
        <source>Save and next base</source>
        <translation>保存并录入下一个基地</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/score_grid.py" line="93"/>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/score_grid.py" line="94"/>
        <source>Base</source>
        <translation>基地</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/score_grid.py" line="95"/>
        <source>Entry</source>
        <translation>录入</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/score_grid.py" line="97"/>
        <source>Total of the lines:</source>
        <translation>各项合计：</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/evaluations/score_grid.py" line="100"/>
        <source>Total written on the sheet:</source>
        <translation>评分表上的合计：</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../intlbase_desk/ui/shell/shell.py" line="49"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/shell.py" line="51"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/statistics_tab.py" line="23"/>
        <source>All bases</source>
        <translation>全部基地</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/statistics_tab.py" line="24"/>
        <source>By type</source>
        <translation>按基地类型</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/statistics_tab.py" line="25"/>
        <source>By district</source>
        <translation>按区县</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/statistics_tab.py" line="29"/>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/statistics_tab.py" line="35"/>
        <source>Group</source>
        <translation>组别</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/statistics_tab.py" line="36"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/statistics_tab.py" line="37"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/statistics_tab.py" line="38"/>
        <source>Bases</source>
        <translation>参评基地</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/statistics_tab.py" line="39"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/statistics_tab.py" line="40"/>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/statistics_tab.py" line="41"/>
        <source>Last year</source>
        <translation>上年</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/statistics_tab.py" line="42"/>
        <source>Change</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/statistics_tab.py" line="46"/>
        <source>Grouped</source>
        <translation>分组方式</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/statistics_tab.py" line="82"/>
        <source>Export the statistics</source>
        <translation>导出统计</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/statistics_tab.py" line="94"/>
        <source>%1 rows exported to %2</source>
        <translation>已导出 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../intlbase_desk/ui/register/status_dialog.py" line="41"/>
        <source>Change status</source>
        <translation>变更状态</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/status_dialog.py" line="59"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/status_dialog.py" line="64"/>
        <source>Base</source>
        <translation>基地</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/status_dialog.py" line="65"/>
        <source>Current status</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/status_dialog.py" line="66"/>
        <source>Change to</source>
        <translation>变更为</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/status_dialog.py" line="67"/>
        <source>Rule applied</source>
        <translation>依据条款</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/status_dialog.py" line="68"/>
        <source>Revocation case</source>
        <translation>撤销情形</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/status_dialog.py" line="70"/>
        <source>Date</source>
        <translation>变更日期</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/status_dialog.py" line="71"/>
        <source>Reason *</source>
        <translation>原因 *</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/status_dialog.py" line="79"/>
        <source>The rules allow no further change from this status.</source>
        <translation>按本政策规定，该状态下不能再变更。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/register/status_dialog.py" line="107"/>
        <source> and %1 more</source>
        <translation> 等 %1 个基地</translation>
    </message>
</context>
<context>
    <name>SummariesPage</name>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="60"/>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="78"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="61"/>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="76"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="62"/>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="77"/>
        <source>Recommending unit</source>
        <translation>推荐单位</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="63"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="74"/>
        <source>Base</source>
        <translation>基地</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="75"/>
        <source>Host</source>
        <translation>依托单位</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="79"/>
        <source>Filed on</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="80"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="98"/>
        <source>Filing</source>
        <translation>报送情况</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="99"/>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="102"/>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="284"/>
        <source>Reporting year</source>
        <translation>报告年度</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="118"/>
        <source>Open a reporting year…</source>
        <translation>开启报告年度…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="119"/>
        <source>Write the forms…</source>
        <translation>生成年度报表…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="120"/>
        <source>Write a unit sheet…</source>
        <translation>生成推荐单位汇总表…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="122"/>
        <source>Import returned forms…</source>
        <translation>导入报回的报表…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="125"/>
        <source>Return for correction…</source>
        <translation>退回修改…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="127"/>
        <source>Accept</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="128"/>
        <source>Missing two years…</source>
        <translation>连续未报送清单…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="129"/>
        <source>Reminders…</source>
        <translation>报送提醒…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="130"/>
        <source>Attach a document…</source>
        <translation>附上文件…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="132"/>
        <source>Open a document…</source>
        <translation>打开附件…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="159"/>
        <source>%1 (due %2)</source>
        <translation>%1年度（截止 %2）</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="178"/>
        <source>No reporting year opened yet</source>
        <translation>还没有开启任何报告年度</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="186"/>
        <source>No base owes a summary for this year</source>
        <translation>本年度没有应报送的基地</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="245"/>
        <source>%1 errors in the file refused</source>
        <translation>报回的文件有 %1 处错误，未导入</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="284"/>
        <source>Open a reporting year</source>
        <translation>开启报告年度</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="296"/>
        <source>%1: %2 bases owe a summary</source>
        <translation>%1年度：%2 个基地应报送年度总结</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="303"/>
        <source>Folder for the forms</source>
        <translation>保存年度报表的文件夹</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="308"/>
        <source>Writing the forms</source>
        <translation>正在生成年度报表</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="313"/>
        <source>%1 forms written to %2</source>
        <translation>已生成 %1 份年度报表：%2</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="325"/>
        <source>Save the unit sheet</source>
        <translation>保存推荐单位汇总表</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="334"/>
        <source>Unit sheet saved: %1</source>
        <translation>已保存推荐单位汇总表：%1</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="340"/>
        <source>Choose returned forms or unit sheets</source>
        <translation>选择报回的年度报表或推荐单位汇总表</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="341"/>
        <source>Spreadsheets</source>
        <translation>表格文件</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="353"/>
        <source>Writing the summaries</source>
        <translation>正在写入年度总结</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="358"/>
        <source>Importing the summaries</source>
        <translation>正在导入年度总结</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="364"/>
        <source>%1 summaries written, %2 unchanged</source>
        <translation>写入 %1 个基地的年度总结，%2 个无变化</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="377"/>
        <source>%1 files had errors and were not imported:</source>
        <translation>%1 个文件有错误，未导入：</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="388"/>
        <source>Choose a base on the board.</source>
        <translation>请在列表中选择一个基地。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="398"/>
        <source>Return for correction</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="399"/>
        <source>Why is the summary of %1 returned?</source>
        <translation>“%1”的年度总结因何退回修改？</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="425"/>
        <source>Recommending unit&apos;s opinion</source>
        <translation>推荐单位审核意见</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="427"/>
        <source>The policy has the recommending unit review the summary first, and this filing carries no opinion. Type the opinion from the signed paper:</source>
        <translation>政策规定年度总结须先经推荐单位审核，这份报表没有推荐单位审核意见。请按盖章的纸质意见录入：</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="452"/>
        <source>Save the reminders</source>
        <translation>保存报送提醒</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="454"/>
        <source>Notices per unit (*.pdf);;List (*.xlsx)</source>
        <translation>按推荐单位的提醒通知 (*.pdf);;未报送清单 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="465"/>
        <source>Writing the reminders</source>
        <translation>正在生成报送提醒</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="468"/>
        <source>Reminders saved: %1</source>
        <translation>已保存报送提醒：%1</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="479"/>
        <source>Choose the document %1 sent</source>
        <translation>选择“%1”报送的文件</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="480"/>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="485"/>
        <source>Attached: %1</source>
        <translation>已附上：%1</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="499"/>
        <source>No document is attached for this base.</source>
        <translation>该基地还没有附上的文件。</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="503"/>
        <source>Open a document</source>
        <translation>打开附件</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_page.py" line="503"/>
        <source>Document</source>
        <translation>附件</translation>
    </message>
</context>
<context>
    <name>SummariesUi</name>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_ui.py" line="18"/>
        <location filename="../../intlbase_desk/ui/summaries/summaries_ui.py" line="19"/>
        <source>Annual summaries</source>
        <translation>年度总结</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/summaries/summaries_ui.py" line="20"/>
        <location filename="../../intlbase_desk/ui/summaries/summaries_ui.py" line="26"/>
        <source>&amp;Summaries</source>
        <translation>年度总结(&amp;S)</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../intlbase_desk/ui/shell/tasks.py" line="51"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>WorkdaysUi</name>
    <message>
        <location filename="../../intlbase_desk/ui/workdays/workdays_ui.py" line="15"/>
        <source>Working-day calendar…</source>
        <translation>工作日历…</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/workdays/workdays_ui.py" line="17"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
</context>
<context>
    <name>import_wizard</name>
    <message>
        <location filename="../../intlbase_desk/ui/exchange/import_wizard.py" line="555"/>
        <source>Save the error report</source>
        <translation>保存错误报告</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../intlbase_desk/ui/shell/messages.py" line="10"/>
        <source>Cannot do that</source>
        <translation>无法完成操作</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/messages.py" line="14"/>
        <source>Information</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../intlbase_desk/ui/shell/messages.py" line="18"/>
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
</context>
<context>
    <name>table_export</name>
    <message>
        <location filename="../../intlbase_desk/ui/shell/table_export.py" line="31"/>
        <source>%1 rows exported to %2</source>
        <translation>已导出 %1 行：%2</translation>
    </message>
</context>
</TS>
