export default definePageConfig({
  navigationBarTitleText: '年度任务进度',
});
