#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

#define builtin_tid1d() wp::linear_tid<wp_linear_tid>(task_index, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, task_index, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, task_index, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, task_index, dim)

#define builtin_block_dim() wp::block_dim()


// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)

struct wp_args_product_31233724 {
    wp::array_t<wp::float32> A;
    wp::array_t<wp::float32> B;
    wp::array_t<wp::float32> C;
};


template <bool wp_linear_contiguous>
static void product_31233724_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_product_31233724 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_A = _wp_args->A;
    wp::array_t<wp::float32> var_B = _wp_args->B;
    wp::array_t<wp::float32> var_C = _wp_args->C;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 16;
    const wp::int32 var_3 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_4;
    const wp::int32 var_5 = 16;
    wp::int32 var_6;
    const wp::int32 var_7 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_8;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16,8>, wp::tile_stride_t<8,1>>, true> var_9 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16,8>,wp::tile_stride_t<8,1>,false>();
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 8;
    const wp::int32 var_12 = 16;
    wp::tuple_t<wp::int32, wp::int32> var_13;
    const wp::int32 var_14 = 0;
    const wp::int32 var_15 = 16;
    wp::int32 var_16;
    wp::tuple_t<wp::int32, wp::int32> var_17;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,16>, wp::tile_stride_t<16,1>>, true> var_18 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,16>,wp::tile_stride_t<16,1>,false>();
    const wp::int32 var_19 = 0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<16,16>, wp::tile_stride_t<16,1>>, true> var_20 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<16,16>,wp::tile_stride_t<16,1>,false>();
    const wp::int32 var_21 = 0;
    const wp::int32 var_22 = 0;
    const wp::int32 var_23 = 0;
    const wp::float32 var_24 = 1.0;
    const wp::float32 var_25 = 0.0;
    const wp::int32 var_26 = 16;
    wp::int32 var_27;
    const wp::int32 var_28 = 16;
    wp::int32 var_29;
    wp::tuple_t<wp::int32, wp::int32> var_30;
    //---------
    // forward
    // def product(A: wp.array2d(dtype=float), B: wp.array2d(dtype=float), C: wp.array2d(dtype=float)):       <L 9>
    // i, j = wp.tid()                                                                        <L 10>
    builtin_tid2d(var_0, var_1);
    // a = wp.tile_load(A, shape=(16, 8), offset=(i * 16, 0))                                 <L 11>
    var_4 = wp::tuple(var_2, var_3);
    var_6 = wp::mul(var_0, var_5);
    var_8 = wp::tuple(var_6, var_7);
    var_9 = wp::tile_load<wp::float32, true, false, 16, 8>(var_A, var_6, var_10);
    // b = wp.tile_load(B, shape=(8, 16), offset=(0, j * 16))                                 <L 12>
    var_13 = wp::tuple(var_11, var_12);
    var_16 = wp::mul(var_1, var_15);
    var_17 = wp::tuple(var_14, var_16);
    var_18 = wp::tile_load<wp::float32, true, false, 8, 16>(var_B, var_19, var_16);
    // wp.tile_store(C, wp.tile_matmul(a, b), offset=(i * 16, j * 16))                        <L 13>
    var_20 = wp::tile_matmul(var_21, var_22, var_23, var_9, var_18, var_20, var_24, var_25);
    var_27 = wp::mul(var_0, var_26);
    var_29 = wp::mul(var_1, var_28);
    var_30 = wp::tuple(var_27, var_29);
    wp::tile_store<wp::float32, true, false>(var_C, var_27, var_29, var_20);
}



struct product_31233724_cpu_block_payload_forward
{
    wp_args_product_31233724* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void product_31233724_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    product_31233724_cpu_block_payload_forward* payload = (product_31233724_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    product_31233724_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void product_31233724_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_product_31233724 *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        product_31233724_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &product_31233724_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

