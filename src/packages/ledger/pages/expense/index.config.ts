export default definePageConfig({
  navigationBarTitleText: '记一笔支出',
});
